namespace VendorBot.Answering.Evaluation;

/// <summary>How many of a question's expected actor/stance pairs the answer's quotes attribute.</summary>
/// <param name="Found">Expected pairs found among the claims of the cited quotes.</param>
/// <param name="Expected">Expected pairs in <c>must_attribute</c>.</param>
/// <param name="Missing">The pairs not found, as <c>actor/stance</c>.</param>
public sealed record AttributionScore(int Found, int Expected, IReadOnlyList<string> Missing);
