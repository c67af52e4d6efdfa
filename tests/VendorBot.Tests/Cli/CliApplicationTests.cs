using VendorBot.Cli;

namespace VendorBot.Tests.Cli;

public sealed class CliApplicationTests
{
    [Fact]
    public async Task AnUnknownVerbPrintsOneErrorLineAndExitsWithTheUsageCode()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["no-such-verb"], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ShouldStartWith("error: ");
        error.ToString().ShouldNotContain("   at ");
    }
}
