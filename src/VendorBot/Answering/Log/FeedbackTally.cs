namespace VendorBot.Answering.Log;

/// <summary>Votes on an answer: one per user, the latest vote counts.</summary>
public sealed record FeedbackTally(int Helpful, int NotHelpful);
