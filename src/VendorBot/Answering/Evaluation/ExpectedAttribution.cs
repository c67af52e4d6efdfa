using System.Text.Json.Serialization;

namespace VendorBot.Answering.Evaluation;

/// <summary>One expected actor/stance pair of an evaluation line's <c>must_attribute</c> (e.g. Huawei / denies).</summary>
/// <param name="Actor">Who must be quoted (matched case-insensitively within the quoted sentence's actor).</param>
/// <param name="Stance"><c>alleges</c>, <c>denies</c>, <c>confirms</c> or <c>reports</c>.</param>
public sealed record ExpectedAttribution(
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("stance")] string? Stance);
