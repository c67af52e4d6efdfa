using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using VendorBot.Answering;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot chat [--db path]</c>: an interactive session on the same pipeline as <c>ask</c>. Each line of stdin is a
/// question; follow-ups use the earlier turns. <c>exit</c>, <c>quit</c> or end of input ends it. Works with piped stdin.
/// </summary>
internal static class ChatVerb
{
    private static readonly string[] ExitWords = ["exit", "quit"];

    /// <summary>Creates the <c>chat</c> command reading questions from <paramref name="input"/> (stdin by default).</summary>
    public static Command Create(TextReader? input = null)
    {
        var db = DatabaseOption.Create();
        var command = new Command("chat", "Ask questions one per line, with follow-ups; 'exit' or end of input ends the session.");
        command.Options.Add(db);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration;
            using var host = await AskVerb.StartAsync(parse.GetValue(db), console.Error, cancellationToken).ConfigureAwait(false);
            var answers = host.Services.GetRequiredService<IAnswerService>();
            await RunAsync(answers, input ?? Console.In, console.Output, !Console.IsInputRedirected && input is null, cancellationToken).ConfigureAwait(false);
            return CliExitCodes.Success;
        });
        return command;
    }

    /// <summary>Answers each line of <paramref name="input"/> until exit or end of input.</summary>
    public static async Task RunAsync(IAnswerService answers, TextReader input, TextWriter output, bool showPrompt, CancellationToken cancellationToken)
    {
        var history = new List<ConversationTurn>();
        if (showPrompt)
        {
            await output.WriteLineAsync("Ask about a vendor; 'exit' ends the session.").ConfigureAwait(false);
        }

        while (true)
        {
            if (showPrompt)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
            }

            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || ExitWords.Contains(line.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var result = await answers.AskAsync(new AnswerRequest(line, history.ToList()), cancellationToken).ConfigureAwait(false);
            await AskVerb.WriteAsync(output, result, TerminalStyle.For(output)).ConfigureAwait(false);
            await output.WriteLineAsync().ConfigureAwait(false);
            if (result.Outcome != AnswerOutcome.InvalidQuestion)
            {
                history.Add(new ConversationTurn(line, result.Text));
                if (history.Count > AnsweringLimits.MaxHistoryTurns)
                {
                    history.RemoveAt(0);
                }
            }
        }
    }
}
