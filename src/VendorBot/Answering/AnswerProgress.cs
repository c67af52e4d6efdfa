namespace VendorBot.Answering;

/// <summary>A progress report of an answer being composed; the last one is <see cref="AnswerStage.Completed"/> with the result.</summary>
/// <param name="Stage">The current step.</param>
/// <param name="PartialText">The answer so far while the model streams (unchecked: the final result may differ).</param>
/// <param name="Result">The final answer, only when <paramref name="Stage"/> is <see cref="AnswerStage.Completed"/>.</param>
public sealed record AnswerProgress(AnswerStage Stage, string? PartialText = null, AnswerResult? Result = null);
