using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot search "query" [--db path] [--top N] [--vendor V] [--json]</c>: ranked passages with their document,
/// score and highlighted snippet, for people (default) or machines (<c>--json</c>). A query with no searchable words
/// prints no hits and exits 0; a missing index or a bad <c>--top</c> is a usage error (exit 2).
/// </summary>
internal static class SearchVerb
{

    /// <summary>Creates the <c>search</c> command.</summary>
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for (plain words; operators are treated as text)." };
        var db = DatabaseOption.Create();
        var top = TopOption.Create($"Number of hits, 1 to {KnowledgeLimits.MaxTop}.", KnowledgeLimits.MaxTop, KnowledgeLimits.DefaultTop);
        var vendor = new Option<string?>("--vendor") { Description = "Only documents about this vendor (case-insensitive)." };
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON." };
        var command = new Command("search", "Search the indexed passages and print the best ones with their sources.");
        command.Arguments.Add(query);
        command.Options.Add(db);
        command.Options.Add(top);
        command.Options.Add(vendor);
        command.Options.Add(json);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            new SearchQuery(parse.GetValue(query) ?? string.Empty, parse.GetValue(top), parse.GetValue(vendor)),
            parse.GetValue(db),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(SearchQuery query, string? db, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var overrides = DatabaseOption.Overrides(db);

        using var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
        var database = host.Services.GetRequiredService<KnowledgeDatabase>();
        if (!database.Exists)
        {
            throw new CliUsageException($"the index '{database.Path}' does not exist; build it with 'vendorbot index'");
        }

        var hits = await host.Services.GetRequiredService<IPassageSearch>().SearchAsync(query, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(hits.Select(ToJson), AskVerb.Json)).ConfigureAwait(false);
        }
        else
        {
            await WriteHumanAsync(hits, output, TerminalStyle.For(output)).ConfigureAwait(false);
        }

        return CliExitCodes.Success;
    }

    /// <summary>
    /// The hits for people: rank, score and source (title, publisher, date), the heading path, the snippet wrapped to the
    /// terminal with its matches highlighted in colour (plain text off a terminal), and the passage id.
    /// </summary>
    public static async Task WriteHumanAsync(IReadOnlyList<SearchHit> hits, TextWriter output, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(output);
        if (hits.Count == 0)
        {
            await output.WriteLineAsync("No passages found.").ConfigureAwait(false);
            return;
        }

        const string Indent = "     ";
        var plain = style with { Colour = false };
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            var date = hit.Document.PublishedText;
            var origin = string.Join(", ", new[] { hit.Document.Publisher, date }.Where(p => !string.IsNullOrEmpty(p)));
            var source = origin.Length == 0 ? hit.Document.Title : $"{hit.Document.Title} — {origin}";
            var rank = string.Create(CultureInfo.InvariantCulture, $"{i + 1,3}. [{hit.Score:0.000}] ");
            await output.WriteLineAsync(TerminalText.Format(source, plain, rank, Indent)).ConfigureAwait(false);
            if (hit.Passage.HeadingPath.Length > 0)
            {
                await output.WriteLineAsync(TerminalText.Format(hit.Passage.HeadingPath, plain, Indent + "§ ", Indent + "  ")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(TerminalText.Format(hit.Snippet.ReplaceLineEndings(" "), style, Indent, Indent)).ConfigureAwait(false);
            await output.WriteLineAsync($"{Indent}({hit.Passage.Id})").ConfigureAwait(false);
        }
    }

    private static object ToJson(SearchHit hit, int index) => new
    {
        Rank = index + 1,
        hit.Score,
        PassageId = hit.Passage.Id,
        DocumentId = hit.Document.Id,
        hit.Document.Title,
        hit.Document.Publisher,
        hit.Document.Url,
        PublishedOn = hit.Document.PublishedText,
        hit.Document.Vendors,
        Heading = hit.Passage.HeadingPath,
        hit.Passage.Start,
        hit.Passage.End,
        hit.Snippet,
        hit.Passage.Text,
    };
}
