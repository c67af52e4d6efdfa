using Microsoft.Extensions.Logging;
using VendorBot.Answering;
using VendorBot.Bot.Flood;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot;

/// <summary>
/// Where every question enters, whether an @mention, a reply, an auto-answered message or <c>/ask</c>: it is counted,
/// flood control admits it or not, the channel's settings (its own, or its parent's for a thread; defaults in DMs)
/// apply, and its origin goes with the <see cref="AnswerRequest"/>.
/// </summary>
internal sealed class QuestionIntake(
    FloodGate flood, ChannelSettingsStore settingsStore, ThreadParents threadParents, BotMetrics metrics, ILogger<QuestionIntake> logger)
{
    /// <summary>Counts a question from <paramref name="source"/> and asks flood control; a refusal is counted and logged.</summary>
    public FloodVerdict Admit(string source, Snowflake user, Snowflake channel)
    {
        metrics.Question(source);
        var verdict = flood.TryAcquire(user, channel);
        if (!verdict.Allowed)
        {
            metrics.RateLimited(verdict.Scope.ToString().ToLowerInvariant());
            BotLog.RateLimited(logger, user, channel, verdict.Scope);
        }

        return verdict;
    }

    /// <summary>The "slow down" notice for a refused question.</summary>
    public static string SlowDown(FloodVerdict verdict) => BotMessages.SlowDown(verdict.RetryAfter, verdict.Scope == FloodScope.Channel);

    /// <summary>The settings that apply in <paramref name="channel"/>: the defaults outside a guild.</summary>
    public async ValueTask<ChannelSettings> SettingsAsync(Snowflake? guild, Snowflake channel, CancellationToken cancellationToken) =>
        guild is null
            ? ChannelSettings.Default
            : await settingsStore.ResolveAsync(channel, threadParents.ParentOf(channel), cancellationToken).ConfigureAwait(false);

    /// <summary>The request for <paramref name="question"/> asked by <paramref name="user"/>, with where it was asked.</summary>
    public static AnswerRequest Request(
        string question, IReadOnlyList<ConversationTurn> history, VendorScope scope, Snowflake? guild, Snowflake? channel, Snowflake user) =>
        new(question, history, scope.Vendor, new AnswerOrigin(guild?.ToString(), channel?.ToString(), user.ToString()), scope.Vendors);
}
