using System.Collections.Concurrent;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Messages;

/// <summary>
/// Whether the bot may post in a guild channel, so that it skips a channel it cannot write to instead of collecting
/// 403s (each counts against Discord's invalid-request limit). Learned from GUILD_CREATE (roles, the bot's own member,
/// channel overwrites; a thread takes its parent's, with Send Messages in Threads), and from Discord itself: a 403 on
/// a send marks the channel refused for <see cref="BotLimits.RefusedChannelMemory"/>, since roles can change after
/// GUILD_CREATE. A channel it knows nothing about is tried.
/// </summary>
internal sealed class ChannelAccess(TimeProvider time)
{
    private readonly ConcurrentDictionary<Snowflake, Permissions> _channels = new();
    private readonly ConcurrentDictionary<Snowflake, DateTimeOffset> _refused = new();
    private readonly ConcurrentDictionary<Snowflake, byte> _reported = new();

    /// <summary>Computes the bot's permissions in every channel of <paramref name="guild"/>; skipped when the bot's member is missing.</summary>
    public void Learn(Guild guild, Snowflake botUserId)
    {
        if ((guild.Members ?? []).FirstOrDefault(member => member.User?.Id == botUserId) is not { } bot)
        {
            return;
        }

        foreach (var channel in guild.Channels ?? [])
        {
            _channels[channel.Id] = ChannelPermissions.In(guild, botUserId, bot.Roles ?? [], channel);
            _refused.TryRemove(channel.Id, out _);
            _reported.TryRemove(channel.Id, out _);
        }
    }

    /// <summary>True unless the bot is known not to be allowed to post in <paramref name="channelId"/> (a thread when <paramref name="parentId"/> is set).</summary>
    public bool CanSend(Snowflake channelId, Snowflake? parentId)
    {
        if (_refused.TryGetValue(channelId, out var until) && until > time.GetUtcNow())
        {
            return false;
        }

        if (!_channels.TryGetValue(parentId ?? channelId, out var permissions))
        {
            return true;
        }

        var send = parentId is null ? Permissions.SendMessages : Permissions.SendMessagesInThreads;
        return permissions.Grants(Permissions.ViewChannel | send);
    }

    /// <summary>Discord refused a send in <paramref name="channelId"/> (403): nothing more goes there for a while.</summary>
    public void Refused(Snowflake channelId) => _refused[channelId] = time.GetUtcNow() + BotLimits.RefusedChannelMemory;

    /// <summary>True the first time a skipped channel is reported (one log line per channel, not per message).</summary>
    public bool FirstSkip(Snowflake channelId) => _reported.TryAdd(channelId, 0);
}
