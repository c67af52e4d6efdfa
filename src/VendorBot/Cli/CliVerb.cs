using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using VendorBot.Hosting;

namespace VendorBot.Cli;

/// <summary>Runs a verb's body and turns every failure into one clear line on stderr and an exit code: never a stack trace.</summary>
internal static class CliVerb
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

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
                await WriteConfigurationProblemsAsync(error, ex.Failures.ToList()).ConfigureAwait(false);
                return CliExitCodes.Usage;
            }
            catch (ConfigurationProblemException ex)
            {
                await WriteConfigurationProblemsAsync(error, ex.Problems).ConfigureAwait(false);
                return CliExitCodes.Usage;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
            {
                // Damage SQLite noticed only part-way (a bad page read late): never a raw "SQLite Error 11".
                await error.WriteLineAsync(
                    $"error: the index is damaged ({ex.Message.TrimEnd('.')}); {Knowledge.Storage.KnowledgeSchemaCheck.RebuildHint}").ConfigureAwait(false);
                return CliExitCodes.Failure;
            }
            catch (Exception ex)
            {
                await error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
                return CliExitCodes.Failure;
            }
        });

    // One problem: one line. Several: a count, then one per line.
    private static async Task WriteConfigurationProblemsAsync(TextWriter error, IReadOnlyList<string> problems)
    {
        if (problems.Count == 1)
        {
            await error.WriteLineAsync($"error: configuration: {problems[0]}").ConfigureAwait(false);
            return;
        }

        await error.WriteLineAsync($"error: configuration has {problems.Count} problems:").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync($"  {problem}").ConfigureAwait(false);
        }
    }
}
