namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>One corpus document of a BEIR collection.</summary>
internal sealed record BeirDocument(string Id, string Title, string Text);
