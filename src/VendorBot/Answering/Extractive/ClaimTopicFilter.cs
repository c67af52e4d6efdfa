using VendorBot.Knowledge.Text;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Answering.Extractive;

/// <summary>Keeps the claims whose sentence shares a content word (by stem) with a topic such as "backdoors".</summary>
internal static class ClaimTopicFilter
{
    /// <summary>The claims about <paramref name="topic"/>; all of them when the topic is empty or has no content word.</summary>
    public static IReadOnlyList<SourcedClaim> Filter(IReadOnlyList<SourcedClaim> claims, string? topic)
    {
        var stems = string.IsNullOrWhiteSpace(topic) ? null : TextAnalyzer.ContentStems(topic);
        return stems is null or { Count: 0 }
            ? claims
            : claims.Where(c => TextAnalyzer.Words(c.Claim.Sentence).Any(t => stems.Contains(t.Stem))).ToList();
    }
}
