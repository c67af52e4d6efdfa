using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Answering;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot ask "question" [--db path] [--json]</c>: answers one question with its numbered sources. On a fresh clone
/// the documents folder (<c>seeds</c>) is indexed first when the default index is missing or empty; an index named with
/// <c>--db</c> is never filled on the fly (an empty one is a usage error saying how to fill it). An empty, punctuation-only
/// or over-long question is a usage error (exit 2) with a clear message.
/// </summary>
internal static class AskVerb
{
    /// <summary>JSON output: camelCase, enums as strings, indented, plain UTF-8 (quotes and accents are not escaped).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Creates the <c>ask</c> command.</summary>
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the answer record as JSON." };
        var command = new Command("ask", "Answer a question from the sources, with every claim cited.");
        command.Arguments.Add(question);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            using var host = await StartAsync(parse.GetValue(db), parse.InvocationConfiguration.Error, cancellationToken).ConfigureAwait(false);
            var answers = host.Services.GetRequiredService<IAnswerService>();
            var result = await answers.AskAsync(AnswerRequest.Single(parse.GetValue(question) ?? string.Empty), cancellationToken).ConfigureAwait(false);
            if (result.Outcome == AnswerOutcome.InvalidQuestion)
            {
                throw new CliUsageException(result.Text);
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(ToJson(result), Json)).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(output, result, TerminalStyle.For(output)).ConfigureAwait(false);
            }

            return CliExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Builds the host (with <paramref name="db"/> as the index when given) and indexes the documents folder when the
    /// index is missing or empty, so a fresh clone answers at once. Indexing problems are reported on <paramref name="error"/>.
    /// </summary>
    public static async Task<IHost> StartAsync(
        string? db, TextWriter error, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var overrides = DatabaseOption.Overrides(db, settings);

        var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
        try
        {
            var database = host.Services.GetRequiredService<KnowledgeDatabase>();
            var empty = !database.Exists
                || await host.Services.GetRequiredService<KnowledgeCatalog>().CountDocumentsAsync(cancellationToken).ConfigureAwait(false) == 0;
            if (empty && !string.IsNullOrWhiteSpace(db))
            {
                // Only the default index is built on the fly: a path the user chose is theirs to fill.
                throw new CliUsageException(
                    $"the index '{database.Path}' {(database.Exists ? "is empty" : "does not exist")}; fill it with 'vendorbot index <folder> --db {db}'");
            }

            if (empty)
            {
                var folder = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DocumentsPath;
                if (!Directory.Exists(folder))
                {
                    throw new CliUsageException($"the index is empty and the documents folder '{folder}' does not exist");
                }

                var report = await host.Services.GetRequiredService<KnowledgeIndexer>().ReindexAsync(folder, null, cancellationToken).ConfigureAwait(false);
                await error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The index was empty: indexed {CliText.Count(report.Added, "document")} from '{folder}' ({report.Failed} failed).")).ConfigureAwait(false);
            }

            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Prints the answer (wrapped to the terminal), its numbered sources (title, publisher, date, link: the answer already
    /// quotes them, so a quote is repeated only when the answer text does not contain it) and its reference.
    /// </summary>
    public static async Task WriteAsync(TextWriter output, AnswerResult result, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var line in result.Text.ReplaceLineEndings("\n").Split('\n'))
        {
            var indent = line.StartsWith("- ", StringComparison.Ordinal) ? "  " : string.Empty;
            await output.WriteLineAsync(TerminalText.Format(line, style with { Colour = false }, indent: indent)).ConfigureAwait(false);
        }

        if (result.Citations.Count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync("Sources:").ConfigureAwait(false);
        }

        foreach (var citation in result.Citations)
        {
            var date = citation.PublishedReadable;
            var origin = string.Join(", ", new[] { citation.Publisher, date }.Where(s => !string.IsNullOrEmpty(s)));
            var number = string.Create(CultureInfo.InvariantCulture, $"[{citation.Number}] ");
            var source = $"{citation.DocumentTitle}{(origin.Length > 0 ? " — " + origin : string.Empty)}";
            await output.WriteLineAsync(TerminalText.Format(source, style with { Colour = false }, number, "    ")).ConfigureAwait(false);
            if (!citation.Quote.Split('…').Select(part => part.Trim()).All(part => result.Text.Contains(part, StringComparison.Ordinal)))
            {
                await output.WriteLineAsync(TerminalText.Format($"“{citation.Quote}”", style with { Colour = false }, "    ", "    ")).ConfigureAwait(false);
            }

            if (!string.IsNullOrEmpty(citation.Url))
            {
                await output.WriteLineAsync($"    {citation.Url}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync($"(answer {result.AnswerId}; {result.Mode.ToString().ToLowerInvariant()}: {result.ModeReason})").ConfigureAwait(false);
    }

    /// <summary>The answer record for <c>--json</c>: the result with its durations as numbers of milliseconds.</summary>
    public static object ToJson(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            result.AnswerId,
            result.Question,
            result.StandaloneQuestion,
            result.Text,
            result.Citations,
            result.Outcome,
            result.Mode,
            result.ModeReason,
            Timings = new { RetrievalMs = result.Timings.Retrieval.TotalMilliseconds, CompositionMs = result.Timings.Composition.TotalMilliseconds },
        };
    }
}
