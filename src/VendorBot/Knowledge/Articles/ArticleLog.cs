using Microsoft.Extensions.Logging;

namespace VendorBot.Knowledge.Articles;

/// <summary>Structured log events of adding and removing documents, with who asked.</summary>
internal static partial class ArticleLog
{
    [LoggerMessage(EventId = 4011, Level = LogLevel.Information,
        Message = "Added {DocumentId} for {Requester}: '{Title}', {Vendors} vendors, {Passages} passages")]
    public static partial void Added(ILogger logger, string requester, string documentId, string title, int vendors, int passages);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Not added for {Requester}: already present as {DocumentId} ({Reason})")]
    public static partial void Duplicate(ILogger logger, string requester, string documentId, string reason);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Information, Message = "Removed {DocumentId} for {Requester}: '{Title}'")]
    public static partial void Removed(ILogger logger, string requester, string documentId, string title);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Information, Message = "Edited the front matter of {DocumentId} for {Requester}: '{Title}'")]
    public static partial void Edited(ILogger logger, string requester, string documentId, string title);
}
