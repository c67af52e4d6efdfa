namespace VendorBot.Knowledge.Claims;

/// <summary>A year an event is placed in by the text ("in 2020", "dates back to 2020").</summary>
/// <param name="PassageId">The passage the mention belongs to.</param>
/// <param name="Year">The year.</param>
/// <param name="Start">Start offset of the phrase in the document text (inclusive).</param>
/// <param name="End">End offset of the phrase in the document text (exclusive).</param>
public sealed record EventYear(string PassageId, int Year, int Start, int End);
