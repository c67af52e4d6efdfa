namespace VendorBot.Knowledge.Claims;

/// <summary>An attributed statement found in a passage: who says what, about which vendor, in which words.</summary>
/// <param name="PassageId">The passage the sentence belongs to.</param>
/// <param name="Actor">Who makes the statement; <see cref="ClaimLexicon.Unattributed"/> when the text does not say.</param>
/// <param name="Stance">Whether the actor alleges, denies, confirms or reports.</param>
/// <param name="Target">The vendor the statement is about, when one of the document's vendors is concerned.</param>
/// <param name="Cue">The word that marks the statement ("accused", "denied", "according to").</param>
/// <param name="Sentence">The exact sentence: <c>document.Text[Start..End]</c>.</param>
/// <param name="Start">Start offset of the sentence in the document text (inclusive).</param>
/// <param name="End">End offset of the sentence in the document text (exclusive).</param>
public sealed record Claim(
    string PassageId,
    string Actor,
    ClaimStance Stance,
    string? Target,
    string Cue,
    string Sentence,
    int Start,
    int End);
