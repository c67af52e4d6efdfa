using System.Globalization;

namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>Writes TREC run lines: <c>qid Q0 docid rank score tag</c>.</summary>
internal static class TrecRunWriter
{
    /// <summary>Appends the ranking of one query (already ordered best first).</summary>
    public static async Task WriteAsync(TextWriter writer, string queryId, IReadOnlyList<RankedDocument> ranking, string tag, CancellationToken cancellationToken)
    {
        for (var i = 0; i < ranking.Count; i++)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{queryId} Q0 {ranking[i].DocumentId} {i + 1} {ranking[i].Score:R} {tag}");
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }
}
