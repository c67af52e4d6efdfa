using System.Text.Json.Serialization;

namespace VendorBot.Answering.Evaluation;

/// <summary>One line of an evaluation file (the format of <c>shared/eval/seed-questions.jsonl</c>).</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">The question.</param>
/// <param name="Expect"><c>answer</c> or <c>no_answer</c>.</param>
/// <param name="MustMentionAny">When answering: the answer text must contain one of these (case-insensitive).</param>
/// <param name="MustQuoteAny">When answering: a citation's quote must contain one of these (case-insensitive).</param>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("question")] string? Question,
    [property: JsonPropertyName("expect")] string? Expect,
    [property: JsonPropertyName("must_mention_any")] IReadOnlyList<string>? MustMentionAny,
    [property: JsonPropertyName("must_quote_any")] IReadOnlyList<string>? MustQuoteAny)
{
    /// <summary>When answering: actor/stance pairs the cited quotes must attribute (e.g. Huawei / denies).</summary>
    [JsonPropertyName("must_attribute")]
    public IReadOnlyList<ExpectedAttribution>? MustAttribute { get; init; }

    /// <summary>Labels for slicing the results (answerable, paraphrase, multi_doc, ...); not judged.</summary>
    [JsonPropertyName("tags")]
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The <c>expect</c> value of a question that must be answered.</summary>
    public const string ExpectAnswer = "answer";

    /// <summary>The <c>expect</c> value of a question that must be declined.</summary>
    public const string ExpectNoAnswer = "no_answer";
}
