namespace VendorBot.Answering.Log;

/// <summary>The answers log: every answer with copies of its sources, the Discord message carrying it, and feedback.</summary>
public interface IAnswerLog
{
    /// <summary>Writes <paramref name="answer"/> and a copy of each cited passage, in one transaction.</summary>
    Task SaveAsync(AnswerResult answer, AnswerOrigin? origin, CancellationToken cancellationToken);

    /// <summary>The answer with its sources, or null when the id is unknown.</summary>
    Task<LoggedAnswer?> GetAsync(string answerId, CancellationToken cancellationToken);

    /// <summary>The most recent answer given in <paramref name="channelId"/>, or null.</summary>
    Task<LoggedAnswer?> GetLatestInChannelAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>Records the Discord message that carries the answer. Returns false when the answer id is unknown.</summary>
    Task<bool> SetMessageIdAsync(string answerId, string messageId, CancellationToken cancellationToken);

    /// <summary>Records or changes <paramref name="userId"/>'s vote and returns the new tally; null when the answer id is unknown.</summary>
    Task<FeedbackTally?> RecordFeedbackAsync(string answerId, string userId, bool helpful, CancellationToken cancellationToken);

    /// <summary>The votes on an answer (zero and zero when none or unknown).</summary>
    Task<FeedbackTally> GetFeedbackAsync(string answerId, CancellationToken cancellationToken);

    /// <summary>
    /// The questions answered at or after <paramref name="since"/> (in <paramref name="guildId"/> only, when given), newest
    /// first, at most <paramref name="limit"/>, each with its cited sources and votes.
    /// </summary>
    Task<IReadOnlyList<LoggedQuestion>> ListSinceAsync(DateTimeOffset since, string? guildId, int limit, CancellationToken cancellationToken);
}
