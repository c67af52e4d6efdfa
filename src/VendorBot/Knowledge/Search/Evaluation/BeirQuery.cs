namespace VendorBot.Knowledge.Search.Evaluation;

/// <summary>One query of a BEIR collection.</summary>
internal sealed record BeirQuery(string Id, string Text);
