using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;
using VendorBot.Feeds;

namespace VendorBot.Bot.Notifications;

/// <summary>
/// Tells the admins on Discord what a feed poll added: the log line of <see cref="LoggingFeedNotifier"/>, then the
/// <see cref="FeedNote"/> posted to <c>Feeds:AdminChannelId</c> when one is set (no mention pings). A post that fails is
/// logged and dropped: the sources are added either way.
/// </summary>
internal sealed partial class DiscordFeedNotifier(
    LoggingFeedNotifier log, IDiscordRestClient rest, IOptions<FeedsOptions> options, ILogger<DiscordFeedNotifier> logger) : IFeedNotifier
{
    /// <inheritdoc />
    public async Task NotifyAsync(FeedPollReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await log.NotifyAsync(report, cancellationToken).ConfigureAwait(false);
        if (options.Value.AdminChannelId is not { } configured)
        {
            return;
        }

        var channel = Snowflake.Parse(configured);
        try
        {
            await rest.CreateMessageAsync(channel, new MessagePayload { Content = FeedNote.Format(report) }, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException exception)
        {
            NoteFailed(logger, report.Feed.Id, channel.ToString(), exception.Message);
        }
    }

    [LoggerMessage(EventId = 4132, Level = LogLevel.Warning, Message = "Could not post the new sources of feed {FeedId} to the admin channel {ChannelId}: {Reason}")]
    private static partial void NoteFailed(ILogger logger, long feedId, string channelId, string reason);
}
