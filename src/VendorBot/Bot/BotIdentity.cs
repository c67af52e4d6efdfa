using VendorBot.Discord.Entities;

namespace VendorBot.Bot;

/// <summary>Who the bot is on Discord (from READY) and the threads it owns, shared by the handlers.</summary>
internal sealed class BotIdentity
{
    private readonly Lock _gate = new();
    private readonly HashSet<Snowflake> _threads = [];
    private long _userId;

    /// <summary>The bot's user id; zero until READY.</summary>
    public Snowflake UserId => new((ulong)Interlocked.Read(ref _userId));

    /// <summary>True once READY told us who we are.</summary>
    public bool IsKnown => Interlocked.Read(ref _userId) != 0;

    /// <summary>Records the bot's user id from READY.</summary>
    public void SetUser(Snowflake userId) => Interlocked.Exchange(ref _userId, (long)userId.Value);

    /// <summary>Records a thread the bot is in.</summary>
    public void AddThread(Snowflake threadId)
    {
        lock (_gate)
        {
            _threads.Add(threadId);
        }
    }

    /// <summary>True when <paramref name="channelId"/> is a thread the bot is in.</summary>
    public bool IsBotThread(Snowflake channelId)
    {
        lock (_gate)
        {
            return _threads.Contains(channelId);
        }
    }
}
