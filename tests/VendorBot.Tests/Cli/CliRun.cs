using VendorBot.Cli;

namespace VendorBot.Tests.Cli;

/// <summary>Runs the command line in-process with captured output, bounded in time.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
