namespace VendorBot.Knowledge.Claims;

/// <summary>
/// Merges a vendor's claims and dated events into one timeline, oldest first: a sentence is placed in the year it
/// names, else in its document's publication year; undated sentences of undated documents come last. A sentence that
/// is both a claim and dated appears once.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>The timeline of <paramref name="claims"/> and <paramref name="years"/>.</summary>
    public static IReadOnlyList<TimelineEntry> Build(IReadOnlyList<SourcedClaim> claims, IReadOnlyList<DatedMention> years)
    {
        var entries = new Dictionary<(string Document, string Sentence), TimelineEntry>();
        foreach (var mention in years)
        {
            var key = (mention.Document.Id, mention.Sentence);
            if (!entries.ContainsKey(key))
            {
                entries[key] = new TimelineEntry(mention.Year.Year, null, mention.Sentence, mention.PassageId, mention.Year.Start, mention.Document);
            }
        }

        foreach (var (claim, document) in claims)
        {
            var key = (document.Id, claim.Sentence);
            var year = entries.TryGetValue(key, out var dated) ? dated.Year : document.PublishedOn?.Year;
            entries[key] = new TimelineEntry(year, claim, claim.Sentence, claim.PassageId, claim.Start, document);
        }

        return entries.Values
            .OrderBy(e => e.Year is null)
            .ThenBy(e => e.Year)
            .ThenBy(e => e.Document.PublishedOn is null)
            .ThenBy(e => e.Document.PublishedOn)
            .ThenBy(e => e.Document.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Start)
            .ToList();
    }
}
