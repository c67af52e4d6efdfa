namespace VendorBot.Answering;

/// <summary>An earlier question and the answer given, used to understand a follow-up.</summary>
public sealed record ConversationTurn(string Question, string Answer);
