namespace VendorBot.Answering.Model;

/// <summary>The model's answer after checking: markers pointing at no passage removed, and the valid numbers cited.</summary>
/// <param name="Text">The answer text with only valid markers.</param>
/// <param name="CitedNumbers">The passage numbers the text cites, ascending.</param>
/// <param name="RemovedMarkers">How many markers pointed at no passage and were removed.</param>
internal sealed record CitationCheck(string Text, IReadOnlyList<int> CitedNumbers, int RemovedMarkers);
