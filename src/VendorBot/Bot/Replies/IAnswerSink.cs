using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Replies;

/// <summary>Where an answer appears on Discord: a reply in a channel, or the deferred response of <c>/ask</c>.</summary>
internal interface IAnswerSink
{
    /// <summary>Shows (or updates) a streamed, unchecked partial answer.</summary>
    Task ShowPartialAsync(string text, CancellationToken cancellationToken);

    /// <summary>Shows the final answer, replacing any partial one; returns the ids of the messages carrying it, in order.</summary>
    Task<IReadOnlyList<Snowflake>> ShowFinalAsync(FormattedAnswer answer, CancellationToken cancellationToken);

    /// <summary>Shows a short notice (an apology, a flood-control reply) in place of an answer.</summary>
    Task ShowNoticeAsync(string text, CancellationToken cancellationToken);
}
