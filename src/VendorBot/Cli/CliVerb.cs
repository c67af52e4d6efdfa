using System.CommandLine;
using Microsoft.Extensions.Options;

namespace VendorBot.Cli;

/// <summary>Runs a verb's body and turns every failure into one clear line on stderr and an exit code: never a stack trace.</summary>
internal static class CliVerb
{
    /// <summary>Sets <paramref name="command"/>'s action to <paramref name="body"/>, wrapped in the common error handling.</summary>
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                return await body(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("cancelled").ConfigureAwait(false);
                return CliExitCodes.Cancelled;
            }
            catch (CliUsageException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CliExitCodes.Usage;
            }
            catch (CliFailureException ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CliExitCodes.Failure;
            }
            catch (OptionsValidationException ex)
            {
                await error.WriteLineAsync($"error: configuration: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
                return CliExitCodes.Usage;
            }
            catch (Exception ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CliExitCodes.Failure;
            }
        });
}
