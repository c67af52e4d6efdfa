using Microsoft.Extensions.Time.Testing;
using VendorBot.Cli;
using VendorBot.Knowledge.Indexing;

namespace VendorBot.Tests.Cli;

public sealed class CliHelpAndProgressTests
{
    [Fact]
    public async Task NoArgumentsPrintsTheOverviewWithOptionalArgumentsInBracketsAndExitsZero()
    {
        var (exitCode, output, error) = await CliRun.RunAsync();

        exitCode.ShouldBe(CliExitCodes.Success);
        error.ShouldBeEmpty();
        output.ShouldContain("\n  index [<folder>]  ");
        output.ShouldContain("\n  claims <vendor> [<topic>]  ");
        output.ShouldContain("\n  search <query>  ");
    }

    [Fact]
    public async Task AVerbsHelpIsShownEvenWithoutItsRequiredArgument()
    {
        var (exitCode, output, error) = await CliRun.RunAsync("timeline", "--help");

        exitCode.ShouldBe(CliExitCodes.Success);
        error.ShouldBeEmpty();
        output.ShouldContain(" timeline <vendor> [options]");
    }

    [Fact]
    public void WithoutATerminalEachPhaseGetsALineAndALongPhaseOneEveryFewSeconds()
    {
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        IProgress<IndexProgress> progress = new IndexProgressDisplay.PlainLines(output, time);

        for (var i = 1; i <= 3; i++)
        {
            progress.Report(new IndexProgress(IndexPhase.Reading, i, 3, $"{i}.md"));
            time.Advance(TimeSpan.FromSeconds(3));
        }

        progress.Report(new IndexProgress(IndexPhase.WritingPassages, 0, 3, string.Empty));
        progress.Report(new IndexProgress(IndexPhase.WritingPassages, 3, 3, "3.md"));
        progress.Report(new IndexProgress(IndexPhase.Claims, 0, 3, string.Empty));
        progress.Report(new IndexProgress(IndexPhase.FtsMerge, 0, 0, string.Empty));

        output.ToString().ReplaceLineEndings("\n").ShouldBe(
            "Reading files: 1/3\nReading files: 3/3\nWriting passages: 0/3\nFinding claims: 0/3\nMerging the full-text index...\n");
    }

    [Theory]
    [InlineData("Pakistani officials", "Pakistani officials deny")]
    [InlineData("Officials", "Officials deny")]
    [InlineData("the United States and the United Kingdom", "the United States and the United Kingdom deny")]
    [InlineData("United States", "United States denies")]
    [InlineData("Reuters", "Reuters denies")]
    [InlineData("Huawei", "Huawei denies")]
    [InlineData("(unattributed)", "Denied, no one named")]
    public void WhoSaysWhatAgreesInNumber(string actor, string expected) =>
        ClaimWording.Says(actor, VendorBot.Knowledge.Claims.ClaimStance.Denies).ShouldBe(expected);
}
