using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Answering.Model;

namespace VendorBot.Tests.Answering.Model;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "vendorbot-prompts-" + Guid.NewGuid().ToString("N"));

    public PromptLibraryTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "prompts");
        foreach (var file in Directory.GetFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(shipped, file));
            // target is a file path under _root, so it always has a directory.
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void TheShippedPromptsLoad()
    {
        var library = Load();

        library.Answer.Name.ShouldBe("answer");
        library.Condense.Name.ShouldBe("condense");
    }

    [Fact]
    public void AMissingPromptFileStopsStartUpNamingTheFile()
    {
        File.Delete(Path.Combine(_root, "condense", "skprompt.txt"));

        Should.Throw<PromptLoadException>(Load).Message.ShouldContain(Path.Combine("condense", "skprompt.txt"));
    }

    [Fact]
    public void ABrokenConfigStopsStartUpWithTheReason()
    {
        File.WriteAllText(Path.Combine(_root, "answer", "config.json"), "{ not json");

        Should.Throw<PromptLoadException>(Load).Message.ShouldContain("is not a valid prompt config");
    }

    [Fact]
    public void ATemplateThatDropsAnInputVariableIsRejected()
    {
        File.WriteAllText(Path.Combine(_root, "answer", "skprompt.txt"), "Answer {{$question}} from nothing.");

        Should.Throw<PromptLoadException>(Load).Message.ShouldContain("{{$sources}}");
    }

    [Fact]
    public void ATemplateThatDoesNotParseIsRejected()
    {
        File.WriteAllText(Path.Combine(_root, "answer", "skprompt.txt"), "{{$sources}} {{$question}} {{ $question $sources }}");

        Should.Throw<PromptLoadException>(Load).Message.ShouldContain("does not parse");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private PromptLibrary Load() => new(Options.Create(new AnswerOptions { PromptsPath = _root }));
}
