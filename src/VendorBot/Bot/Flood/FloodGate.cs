using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Flood;

/// <summary>
/// Per-user and per-channel sliding-window limits on questions (<see cref="BotOptions.UserQuestionsPerWindow"/>,
/// <see cref="BotOptions.ChannelQuestionsPerWindow"/> per <see cref="BotOptions.FloodWindow"/>). A refused question
/// does not count against the window. Thread-safe; memory is bounded by sweeping idle keys.
/// </summary>
internal sealed class FloodGate(IOptions<BotOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Snowflake, Window> _users = [];
    private readonly Dictionary<Snowflake, Window> _channels = [];

    /// <summary>Counts a question from <paramref name="userId"/> in <paramref name="channelId"/> if both limits allow it.</summary>
    public FloodVerdict TryAcquire(Snowflake userId, Snowflake channelId)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var since = now - settings.FloodWindow;
        lock (_gate)
        {
            Sweep(since);
            var user = GetWindow(_users, userId, since);
            var channel = GetWindow(_channels, channelId, since);
            var scope = user.Count >= settings.UserQuestionsPerWindow ? FloodScope.User
                : channel.Count >= settings.ChannelQuestionsPerWindow ? FloodScope.Channel
                : FloodScope.None;
            if (scope == FloodScope.None)
            {
                user.Add(now);
                channel.Add(now);
                return new FloodVerdict(FloodScope.None, TimeSpan.Zero, false);
            }

            var limited = scope == FloodScope.User ? user : channel;
            var retryAfter = limited.Oldest + settings.FloodWindow - now;
            var notify = !user.Warned;
            user.Warned = true;
            return new FloodVerdict(scope, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter, notify);
        }
    }

    private static Window GetWindow(Dictionary<Snowflake, Window> windows, Snowflake key, DateTimeOffset since)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            windows[key] = window = new Window();
        }

        window.Expire(since);
        return window;
    }

    private void Sweep(DateTimeOffset since)
    {
        if (_users.Count + _channels.Count < BotLimits.FloodTrackedKeys)
        {
            return;
        }

        foreach (var windows in (Dictionary<Snowflake, Window>[])[_users, _channels])
        {
            foreach (var (key, window) in windows)
            {
                window.Expire(since);
                if (window.Count == 0)
                {
                    windows.Remove(key);
                }
            }
        }
    }

    private sealed class Window
    {
        private readonly Queue<DateTimeOffset> _times = new();

        public int Count => _times.Count;

        public DateTimeOffset Oldest => _times.Peek();

        public bool Warned { get; set; }

        public void Add(DateTimeOffset at) => _times.Enqueue(at);

        public void Expire(DateTimeOffset since)
        {
            while (_times.Count > 0 && _times.Peek() <= since)
            {
                _times.Dequeue();
            }

            if (_times.Count == 0)
            {
                Warned = false;
            }
        }
    }
}
