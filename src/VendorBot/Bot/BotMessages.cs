using System.Globalization;

namespace VendorBot.Bot;

/// <summary>The short texts the bot says besides answers: apologies, flood-control replies, refusals.</summary>
internal static class BotMessages
{
    /// <summary>Said when answering failed; <paramref name="errorId"/> is also in the log.</summary>
    public static string Apology(string errorId, bool timedOut) => timedOut
        ? $"Sorry, that took too long and I had to give up. Please try again in a moment. (error id `{errorId}`)"
        : $"Sorry, something went wrong while answering. Please try again in a moment. (error id `{errorId}`)";

    /// <summary>Said once per window to a user or channel over the flood limit.</summary>
    public static string SlowDown(TimeSpan retryAfter, bool channel) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(channel ? "This channel is asking a lot right now" : "You're asking faster than I can keep up")} — please try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s.");

    /// <summary>Said instead of an empty message (Discord rejects one), e.g. when an answer came out with no text.</summary>
    public const string EmptyAnswer = "I couldn't put an answer into words this time. Please try asking again, perhaps more specifically.";

    /// <summary>Said to a question that arrives while the bot is shutting down.</summary>
    public const string Restarting = "I'm restarting right now — please ask again in a minute.";

    /// <summary>Said by <c>/ask vendor:</c> when the vendor is outside the channel's scope.</summary>
    public static string OutOfScope(IReadOnlyList<string> vendors) =>
        $"This channel only covers {string.Join(", ", vendors.Select(Formatting.DiscordText.EscapeMarkdown))}. Ask about one of them, or ask in another channel.";

    /// <summary>Said by <c>/reindex</c> in a process that serves a read-only published index.</summary>
    public const string ReindexReadOnly =
        "This bot process serves a published, read-only copy of the index, so it cannot reindex. Reindexing happens on the indexer machine: "
        + "run `vendorbot index` there, then `vendorbot publish --out <file>`; every bot process picks the new copy up within seconds, without a restart.";

    /// <summary>Said when a reindex is requested while one runs.</summary>
    public const string ReindexRunning = "A reindex is already running; I'll keep answering questions meanwhile. Try again when it's done.";

    /// <summary>Said when a reindex would remove every document or more than half of them, so nothing was changed.</summary>
    public static string ReindexRemovalRefused(Knowledge.Indexing.IndexRemovalRefusedException refused) =>
        $"I didn't reindex: {refused.Message.Replace("refusing to remove", "that would remove", StringComparison.Ordinal)}. "
        + "The documents folder may be wrong, empty or not mounted on the bot's host. If the removal is intended, run "
        + "`vendorbot index --allow-removal` there.";

    /// <summary>Said when another process (e.g. <c>vendorbot index</c>) is writing the index.</summary>
    public static string ReindexBusy(string reason) => $"I can't reindex right now: {reason}. Try again when it's done.";

    /// <summary>Said when a button points at an answer the log no longer has.</summary>
    public const string UnknownAnswer = "I can't find that answer in my log any more.";

    /// <summary>Said by <c>/sources</c> when the channel has no answer yet.</summary>
    public const string NoAnswerYet = "I haven't answered anything in this channel yet.";

    /// <summary>Said by <c>/sources query</c> when nothing matches.</summary>
    public const string NothingMatches = "Nothing in my sources matches that.";
}
