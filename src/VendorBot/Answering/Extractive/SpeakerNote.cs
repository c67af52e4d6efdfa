using VendorBot.Knowledge.Claims;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// Who speaks in a quoted sentence that does not name them: "The company said …" in a Norvatel document is Norvatel,
/// "He said …" after "Vlcek said …" is Vlcek. The answer line then says so, so every quoted statement has a speaker.
/// </summary>
internal static class SpeakerNote
{
    /// <summary>The speaker of <paramref name="sentence"/> when the claim extractor finds one the sentence does not name; else null.</summary>
    public static string? Of(ScoredSentence sentence)
    {
        var claim = EvidenceText.Sentence(sentence.Hit, sentence.Span).InContext.Value;
        return claim is null || claim.Actor == ClaimLexicon.Unattributed || sentence.Text.Contains(claim.Actor, StringComparison.OrdinalIgnoreCase)
            ? null
            : claim.Actor;
    }
}
