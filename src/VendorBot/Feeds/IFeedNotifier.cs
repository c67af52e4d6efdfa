using Microsoft.Extensions.Logging;

namespace VendorBot.Feeds;

/// <summary>Tells the admins that a poll added sources (the bot posts to its admin channel; the default logs it).</summary>
public interface IFeedNotifier
{
    /// <summary>Called after a poll that added at least one document.</summary>
    Task NotifyAsync(FeedPollReport report, CancellationToken cancellationToken);
}

/// <summary>The notifier used without the bot: one log line ("3 new sources from ...: ...").</summary>
internal sealed partial class LoggingFeedNotifier(ILogger<LoggingFeedNotifier> logger) : IFeedNotifier
{
    /// <inheritdoc />
    public Task NotifyAsync(FeedPollReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var titles = string.Join("; ", report.Added.Select(document => document.Title));
            NewSources(logger, report.Added.Count, report.Feed.Title ?? report.Feed.Url.Host, titles);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, SkipEnabledCheck = true, Message = "{Count} new sources from {Feed}: {Titles}")]
    private static partial void NewSources(ILogger logger, int count, string feed, string titles);
}
