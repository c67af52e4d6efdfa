using Microsoft.Extensions.Logging;

namespace VendorBot.Answering;

/// <summary>Source-generated log messages of the answering pipeline. Question text is never logged above Debug.</summary>
internal static partial class AnsweringLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Answered {AnswerId} ({Outcome}, {Mode}) with {CitationCount} citations in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string answerId, AnswerOutcome outcome, AnswerMode mode, int citationCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retrieved {HitCount} passages for {AnswerId}; relevance: {Reason}")]
    public static partial void Retrieved(ILogger logger, string answerId, int hitCount, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model failed for {AnswerId} ({Reason}); answering extractively")]
    public static partial void ModelFailed(ILogger logger, string answerId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's answer for {AnswerId} had {RemovedCount} citation markers pointing at no passage; removed")]
    public static partial void InvalidCitationsRemoved(ILogger logger, string answerId, int removedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's answer for {AnswerId} had {RemovedCount} sentences its cited passages do not support; removed")]
    public static partial void UnsupportedSentencesRemoved(ILogger logger, string answerId, int removedCount);
}
