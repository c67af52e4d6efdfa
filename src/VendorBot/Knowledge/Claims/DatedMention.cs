namespace VendorBot.Knowledge.Claims;

/// <summary>A year the text places an event in, with the sentence that says so and its document.</summary>
/// <param name="Year">The event year.</param>
/// <param name="PassageId">The passage holding the mention.</param>
/// <param name="Sentence">The whole sentence around the mention, verbatim.</param>
/// <param name="Document">The document, for the citation.</param>
public sealed record DatedMention(EventYear Year, string PassageId, string Sentence, DocumentInfo Document);
