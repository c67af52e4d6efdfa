namespace VendorBot.Answering;

/// <summary>What a composer produced: the answer text with <c>[n]</c> markers and the citations they point to.</summary>
internal sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations);
