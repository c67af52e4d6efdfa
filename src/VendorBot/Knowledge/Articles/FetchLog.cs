using Microsoft.Extensions.Logging;

namespace VendorBot.Knowledge.Articles;

/// <summary>Structured log events of fetching. Links are logged without user info, query or fragment (<see cref="WebFetcher.ForLog"/>).</summary>
internal static partial class FetchLog
{
    public static void Fetched(ILogger logger, string requester, Uri link, Uri finalLink, int status, string? mediaType, int bytes, long elapsedMs)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var shown = WebFetcher.ForLog(link);
            var shownFinal = WebFetcher.ForLog(finalLink);
            LogFetched(logger, requester, shown, shownFinal, status, mediaType, bytes, elapsedMs);
        }
    }

    public static void Redirected(ILogger logger, string requester, Uri link, Uri next, int status)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var shown = WebFetcher.ForLog(link);
            var shownNext = WebFetcher.ForLog(next);
            LogRedirected(logger, requester, shown, shownNext, status);
        }
    }

    public static void Failed(ILogger logger, string requester, Uri link, Uri atLink, string reason)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            var shown = WebFetcher.ForLog(link);
            var shownAt = WebFetcher.ForLog(atLink);
            LogFailed(logger, requester, shown, shownAt, reason);
        }
    }

    [LoggerMessage(EventId = 4015, Level = LogLevel.Information, SkipEnabledCheck = true,
        Message = "Fetched {Link} for {Requester} from {FinalLink}: {Status} {MediaType}, {Bytes} bytes in {ElapsedMs} ms")]
    private static partial void LogFetched(
        ILogger logger, string requester, string link, string finalLink, int status, string? mediaType, int bytes, long elapsedMs);

    [LoggerMessage(EventId = 4016, Level = LogLevel.Information, SkipEnabledCheck = true, Message = "Redirect for {Requester}: {Link} answered {Status} to {Next}")]
    private static partial void LogRedirected(ILogger logger, string requester, string link, string next, int status);

    [LoggerMessage(EventId = 4017, Level = LogLevel.Warning, SkipEnabledCheck = true, Message = "Fetch of {Link} for {Requester} refused or failed at {AtLink}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string requester, string link, string atLink, string reason);
}
