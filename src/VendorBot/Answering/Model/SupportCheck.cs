namespace VendorBot.Answering.Model;

/// <summary>A model answer after its sentences were checked against the passages they cite.</summary>
/// <param name="Text">The supported sentences, in their original order and lines.</param>
/// <param name="CitedNumbers">The passage numbers the remaining text cites, ascending.</param>
/// <param name="Removed">The sentences removed, each with why it was not supported.</param>
internal sealed record SupportCheck(string Text, IReadOnlyList<int> CitedNumbers, IReadOnlyList<UnsupportedSentence> Removed);

/// <summary>A sentence of a model answer that its cited passages do not support.</summary>
/// <param name="Sentence">The sentence as the model wrote it.</param>
/// <param name="Reason">What is missing: "cites no passage", "names Quellink", "the number 5,000", a quotation, …</param>
internal sealed record UnsupportedSentence(string Sentence, string Reason);
