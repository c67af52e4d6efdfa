namespace VendorBot.Knowledge.Claims;

/// <summary>One line of a vendor's timeline: a dated event or an attributed claim, with its source.</summary>
/// <param name="Year">The year the text places it in, or the document's publication year when it names none.</param>
/// <param name="Claim">The attributed statement, when the sentence is one; null for a dated event.</param>
/// <param name="Quote">The exact sentence.</param>
/// <param name="PassageId">The passage it comes from.</param>
/// <param name="Start">Its start offset in the document text.</param>
/// <param name="Document">The document, for the citation (title, publisher, date).</param>
public sealed record TimelineEntry(int? Year, Claim? Claim, string Quote, string PassageId, int Start, DocumentInfo Document);
