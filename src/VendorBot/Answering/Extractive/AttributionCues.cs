namespace VendorBot.Answering.Extractive;

/// <summary>
/// Word stems that mark an allegation or a denial. An answer that quotes an allegation also quotes the best denial
/// the evidence holds, so an accusation is never presented without the other side when the sources give it.
/// </summary>
internal static class AttributionCues
{
    private static readonly HashSet<string> Allegations = new(["accus", "alleg", "suspect", "claim"], StringComparer.Ordinal);

    private static readonly HashSet<string> Denials = new(["deni", "reject", "refut", "disput", "rebut", "evid"], StringComparer.Ordinal);

    /// <summary>True when the sentence reports an allegation.</summary>
    public static bool IsAllegation(ScoredSentence sentence) => sentence.Stems.Overlaps(Allegations);

    /// <summary>True when the sentence reports a denial (including "no evidence" of the claim).</summary>
    public static bool IsDenial(ScoredSentence sentence) => sentence.Stems.Overlaps(Denials);
}
