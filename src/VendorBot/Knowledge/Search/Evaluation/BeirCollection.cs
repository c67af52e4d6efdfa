using System.Text.Json;

namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>A test collection in BEIR layout: <c>corpus.jsonl</c>, <c>queries.jsonl</c>, <c>qrels/test.tsv</c> or <c>qrels-test.tsv</c>.</summary>
/// <param name="Name">The folder name.</param>
/// <param name="Documents">The corpus, in file order.</param>
/// <param name="Queries">The queries that have judgements (the test queries), in file order.</param>
/// <param name="Judgements">Query id → document id → graded relevance (only grades above 0).</param>
internal sealed record BeirCollection(
    string Name,
    IReadOnlyList<BeirDocument> Documents,
    IReadOnlyList<BeirQuery> Queries,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgements)
{
    /// <summary>Reads the collection in <paramref name="folder"/>; a missing or malformed file is a clear <see cref="InvalidDataException"/>.</summary>
    public static async Task<BeirCollection> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var qrelsPath = new[] { "qrels-test.tsv", Path.Combine("qrels", "test.tsv") }
            .Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"'{folder}' has no qrels-test.tsv (or qrels/test.tsv)");
        var judgements = await ReadJudgementsAsync(qrelsPath, cancellationToken).ConfigureAwait(false);
        var documents = new List<BeirDocument>();
        await foreach (var element in ReadJsonLinesAsync(Path.Combine(folder, "corpus.jsonl"), cancellationToken).ConfigureAwait(false))
        {
            documents.Add(new BeirDocument(Id(element), Text(element, "title"), Text(element, "text")));
        }

        var queries = new List<BeirQuery>();
        await foreach (var element in ReadJsonLinesAsync(Path.Combine(folder, "queries.jsonl"), cancellationToken).ConfigureAwait(false))
        {
            var id = Id(element);
            if (judgements.ContainsKey(id))
            {
                queries.Add(new BeirQuery(id, Text(element, "text")));
            }
        }

        return new BeirCollection(Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))), documents, queries, judgements);
    }

    private static async IAsyncEnumerable<JsonElement> ReadJsonLinesAsync(
        string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"'{path}' does not exist");
        }

        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            try
            {
                using var json = JsonDocument.Parse(line);
                element = json.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {lineNumber}: not JSON ({ex.Message})", ex);
            }

            yield return element;
        }
    }

    private static async Task<Dictionary<string, IReadOnlyDictionary<string, int>>> ReadJudgementsAsync(string path, CancellationToken cancellationToken)
    {
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out var grade))
            {
                continue;
            }

            if (grade > 0)
            {
                var perQuery = judgements.TryGetValue(parts[0], out var existing) ? existing : judgements[parts[0]] = new(StringComparer.Ordinal);
                perQuery[parts[1]] = grade;
            }
        }

        return judgements.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, int>)pair.Value, StringComparer.Ordinal);
    }

    private static string Id(JsonElement element) =>
        element.TryGetProperty("_id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText())
            : throw new InvalidDataException("a line has no \"_id\"");

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
