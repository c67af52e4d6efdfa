using System.CommandLine;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task DamageSqliteNoticesPartWayIsNamedWithTheFixNotAsARawSqliteError()
    {
        var command = new RootCommand();
        CliVerb.SetAction(command, (_, _) => throw new SqliteException("SQLite Error 11: 'database disk image is malformed'.", 11));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await command.Parse([]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ToString().ShouldStartWith("error: the index is damaged (SQLite Error 11: 'database disk image is malformed'); rebuild it with 'vendorbot index --rebuild'");
    }
}
