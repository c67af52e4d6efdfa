using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Cli;

public sealed class FeedsVerbTests
{
    [Fact]
    public async Task AFeedIsFollowedListedAndRemoved()
    {
        using var folder = new TestFolder();
        var state = Path.Combine(folder.Root, "feeds.db");

        var (added, addOutput, addError) = await CliRun.RunAsync(
            ["feeds", "add", "https://news.example.test/feed.xml", "--no-check", "--vendor", "Norvatel", "--keyword", "backdoor", "--state", state]);
        added.ShouldBe(CliExitCodes.Success, addError);
        addOutput.ShouldContain("Following feed 1: https://news.example.test/feed.xml (vendors: Norvatel; keywords: backdoor).");

        var (listed, listOutput, _) = await CliRun.RunAsync(["feeds", "list", "--json", "--state", state]);
        listed.ShouldBe(CliExitCodes.Success);
        using (var json = JsonDocument.Parse(listOutput))
        {
            var feed = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
            feed.GetProperty("vendors").EnumerateArray().Single().GetString().ShouldBe("Norvatel");
        }

        (await CliRun.RunAsync(["feeds", "remove", "1", "--state", state])).ExitCode.ShouldBe(CliExitCodes.Success);
        (await CliRun.RunAsync(["feeds", "list", "--state", state])).Output.ShouldContain("No feeds.");
        var (missing, _, missingError) = await CliRun.RunAsync(["feeds", "remove", "1", "--state", state]);
        missing.ShouldBe(CliExitCodes.Usage);
        missingError.ShouldContain("no feed 1");
    }

    [Fact]
    public async Task AFeedOnALoopbackAddressIsRefusedWhenCheckedAndNotFollowed()
    {
        using var folder = new TestFolder();
        var state = Path.Combine(folder.Root, "feeds.db");

        var (exitCode, _, error) = await CliRun.RunAsync(["feeds", "add", "http://127.0.0.1:9/feed.xml", "--state", state]);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldContain("a loopback address");
        (await CliRun.RunAsync(["feeds", "list", "--state", state])).Output.ShouldContain("No feeds.");
    }

    [Fact]
    public async Task AFeedLinkOfAnotherSchemeIsAUsageError()
    {
        var (exitCode, _, error) = await CliRun.RunAsync(["feeds", "add", "file:///etc/passwd", "--no-check"]);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("only http and https");
    }
}
