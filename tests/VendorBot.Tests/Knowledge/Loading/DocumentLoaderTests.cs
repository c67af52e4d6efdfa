using System.Text;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Tests.Knowledge.Loading;

public sealed class DocumentLoaderTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task LoadsADocumentWithItsIdHashAndFileNameAsTitleFallback()
    {
        var path = _folder.Write("sub/notes.txt", "Huawei denied it. Officials investigate.");
        var loader = new DocumentLoader(1024);
        var file = new DocumentFile("sub/notes.txt", path);

        var bytes = await loader.ReadAsync(file, TestContext.Current.CancellationToken);
        var document = loader.Parse(file, bytes);

        document.Id.ShouldBe("sub/notes.txt");
        document.Title.ShouldBe("notes");
        document.ContentHash.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))));
        document.ContentHash.ShouldBe(VendorBot.Knowledge.ContentHash.Of("Huawei denied it. Officials investigate."));
        document.Text.ShouldBe("Huawei denied it. Officials investigate.");
    }

    [Fact]
    public async Task AnEmptyFileFails()
    {
        var exception = await Should.ThrowAsync<DocumentLoadException>(() => ReadAndParseAsync("empty.md", []));

        exception.Message.ShouldBe("empty file");
    }

    [Fact]
    public async Task AFileLargerThanTheLimitFailsWithoutBeingRead()
    {
        var exception = await Should.ThrowAsync<DocumentLoadException>(() => ReadAndParseAsync("huge.txt", new byte[2048], maxFileBytes: 1024));

        exception.Message.ShouldStartWith("too large");
        exception.Message.ShouldContain("Knowledge:MaxFileBytes");
    }

    [Fact]
    public async Task BinaryGarbageFails()
    {
        var garbage = Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256)).ToArray();

        var exception = await Should.ThrowAsync<DocumentLoadException>(() => ReadAndParseAsync("garbage.md", garbage));

        exception.Message.ShouldContain("binary");
    }

    [Fact]
    public async Task TextInAnotherEncodingFails()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me.");

        var exception = await Should.ThrowAsync<DocumentLoadException>(() => ReadAndParseAsync("latin1.txt", latin1));

        exception.Message.ShouldContain("not valid UTF-8");
    }

    [Fact]
    public async Task ADocumentWithOnlyFrontMatterHasNoText()
    {
        var exception = await Should.ThrowAsync<DocumentLoadException>(() => ReadAndParseAsync("meta.md", "---\ntitle: x\n---\n\n"u8.ToArray()));

        exception.Message.ShouldBe("no text in the document");
    }

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("a.MARKDOWN", true)]
    [InlineData("a.txt", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.pdf", true)]
    [InlineData("a.docx", false)]
    [InlineData("README", false)]
    public void KnowsWhichExtensionsItReads(string name, bool supported)
    {
        new DocumentLoader(1024).IsSupported(name).ShouldBe(supported);
    }

    private async Task ReadAndParseAsync(string name, byte[] content, long maxFileBytes = 1024)
    {
        var file = new DocumentFile(name, _folder.Write(name, content));
        var loader = new DocumentLoader(maxFileBytes);
        loader.Parse(file, await loader.ReadAsync(file, TestContext.Current.CancellationToken));
    }
}
