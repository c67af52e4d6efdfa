using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Search.Evaluation;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot beir &lt;folder&gt; --out run.tsv [--db path] [--top 100]</c>: indexes a BEIR corpus (title + text) with the
/// same pipeline as real documents, searches every judged query, and writes a TREC run (<c>qid Q0 docid rank score
/// vendorbot</c>). A document scores as its best passage (MaxP). The default index is a file in the temp folder derived
/// from the collection's path, never the bot's index; re-runs reuse it (unchanged documents are skipped).
/// </summary>
internal static class BeirVerb
{
    private const string RunTag = "vendorbot";
    private const int ProgressEvery = 25;

    /// <summary>Creates the <c>beir</c> command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("dataset-folder") { Description = "A folder with corpus.jsonl, queries.jsonl and qrels-test.tsv." };
        var output = new Option<string>("--out") { Description = "The TREC run file to write.", Required = true };
        var db = new Option<string?>("--db") { Description = "The index file (default: a file in the temp folder derived from the dataset path)." };
        var maxTop = KnowledgeLimits.MaxTop / BeirLimits.PassagesPerDocument;
        var top = TopOption.Create($"Documents per query, 1 to {maxTop}.", maxTop, BeirLimits.DefaultDepth);
        var command = new Command("beir", "Index a BEIR collection and write a TREC run file of its test queries (score it with beir_eval.py).");
        command.Arguments.Add(folder);
        command.Options.Add(output);
        command.Options.Add(db);
        command.Options.Add(top);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(folder) ?? string.Empty, parse.GetValue(output) ?? string.Empty, parse.GetValue(db), parse.GetValue(top),
            parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string folder, string runPath, string? db, int top, TextWriter console, CancellationToken cancellationToken)
    {
        CliPaths.RequireFolder(folder, "the dataset folder");
        DatabaseOption.Validate(db);
        CliPaths.RequireFileTarget(runPath, "--out");

        BeirCollection collection;
        try
        {
            collection = await BeirCollection.LoadAsync(folder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            throw new CliUsageException(ex.Message);
        }

        var overrides = new Dictionary<string, string?>
        {
            [$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.DatabasePath)}"] = string.IsNullOrWhiteSpace(db) ? DefaultDatabase(folder) : db,
        };
        using var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
        var database = host.Services.GetRequiredService<KnowledgeDatabase>();
        await console.WriteLineAsync($"Indexing {collection.Documents.Count} documents of '{collection.Name}' into '{database.Path}'...").ConfigureAwait(false);
        var report = await host.Services.GetRequiredService<KnowledgeIndexer>()
            .IndexDocumentsAsync(collection.Documents.Select(document => document.ToSourceDocument()), null, cancellationToken).ConfigureAwait(false);
        await console.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Indexed in {report.Duration.TotalSeconds:0.00} s: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Passages} passages written.")).ConfigureAwait(false);

        var search = host.Services.GetRequiredService<IPassageSearch>();
        var directory = Path.GetDirectoryName(Path.GetFullPath(runPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var writer = File.CreateText(runPath);
        await using (writer.ConfigureAwait(false))
        {
            for (var i = 0; i < collection.Queries.Count; i++)
            {
                var query = collection.Queries[i];
                var hits = await search.SearchAsync(new SearchQuery(query.Text, top * BeirLimits.PassagesPerDocument), cancellationToken).ConfigureAwait(false);
                var ranking = DocumentRanking.FromPassages(hits.Select(hit => new RankedDocument(hit.Document.Id, hit.Score)), top);
                await TrecRunWriter.WriteAsync(writer, query.Id, ranking, RunTag, cancellationToken).ConfigureAwait(false);
                if ((i + 1) % ProgressEvery == 0 || i + 1 == collection.Queries.Count)
                {
                    await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{i + 1}/{collection.Queries.Count} queries")).ConfigureAwait(false);
                }
            }
        }

        await console.WriteLineAsync($"Wrote '{runPath}'.").ConfigureAwait(false);
        return CliExitCodes.Success;
    }

    private static string DefaultDatabase(string folder)
    {
        var full = Path.GetFullPath(folder);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
        return Path.Combine(Path.GetTempPath(), "vendorbot-beir", $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(full))}-{key}.db");
    }
}
