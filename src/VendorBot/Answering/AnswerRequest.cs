namespace VendorBot.Answering;

/// <summary>A question to answer, with the conversation before it and where it was asked.</summary>
/// <param name="Question">The question as the user wrote it (data, never instructions).</param>
/// <param name="History">Earlier turns, oldest first; empty for a new conversation.</param>
/// <param name="Vendor">Restrict the search to documents about this vendor, when given.</param>
/// <param name="Origin">Where the question came from (Discord ids), logged with the answer.</param>
/// <param name="Vendors">Restrict the search to documents about any of these vendors (a channel's scope), when given.</param>
public sealed record AnswerRequest(
    string Question,
    IReadOnlyList<ConversationTurn> History,
    string? Vendor = null,
    AnswerOrigin? Origin = null,
    IReadOnlyList<string>? Vendors = null)
{
    /// <summary>A question with no conversation before it.</summary>
    public static AnswerRequest Single(string question) => new(question, []);
}
