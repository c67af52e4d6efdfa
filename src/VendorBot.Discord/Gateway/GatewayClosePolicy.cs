namespace VendorBot.Discord.Gateway;

/// <summary>Maps a server close code to an action and, for fatal codes, to a message naming the cause.</summary>
internal static class GatewayClosePolicy
{
    public static GatewayCloseAction Classify(int? closeCode) => closeCode switch
    {
        GatewayCloseCodes.AuthenticationFailed or (>= GatewayCloseCodes.InvalidShard and <= GatewayCloseCodes.DisallowedIntents)
            => GatewayCloseAction.Fatal,
        GatewayCloseCodes.NormalClosure or GatewayCloseCodes.GoingAway or GatewayCloseCodes.NotAuthenticated
            or GatewayCloseCodes.AlreadyAuthenticated or GatewayCloseCodes.InvalidSequence or GatewayCloseCodes.SessionTimedOut
            => GatewayCloseAction.Reidentify,

        // 4000–4002, 4008, 1006 (dropped) and anything unknown: the session may still be resumable.
        _ => GatewayCloseAction.Resume,
    };

    public static string DescribeFatal(int closeCode, GatewayIntents intents) => closeCode switch
    {
        GatewayCloseCodes.AuthenticationFailed =>
            "Discord gateway authentication failed (close code 4004): the bot token was rejected. Check Discord:Token.",
        GatewayCloseCodes.InvalidShard =>
            "Discord gateway rejected the shard (close code 4010, invalid shard): check Discord:ShardId and Discord:ShardCount.",
        GatewayCloseCodes.ShardingRequired =>
            "Discord gateway requires sharding (close code 4011): set Discord:ShardCount to the recommended shard count.",
        GatewayCloseCodes.InvalidApiVersion =>
            "Discord gateway rejected the API version (close code 4012, invalid API version).",
        GatewayCloseCodes.InvalidIntents =>
            $"Discord gateway rejected the intents (close code 4013, invalid intents): {intents} ({(int)intents}).",
        GatewayCloseCodes.DisallowedIntents =>
            $"Discord gateway refused disallowed intents (close code 4014): {DescribePrivileged(intents)} must be enabled " +
            "for the bot in the developer portal, or removed from Discord:Intents.",
        _ => $"Discord gateway closed with fatal code {closeCode}.",
    };

    private static string DescribePrivileged(GatewayIntents intents)
    {
        var names = new List<string>(2);
        if (intents.HasFlag(GatewayIntents.MessageContent))
        {
            names.Add("MESSAGE_CONTENT");
        }

        if (intents.HasFlag(GatewayIntents.GuildMembers))
        {
            names.Add("GUILD_MEMBERS");
        }

        return names.Count == 0
            ? $"the requested intents ({intents})"
            : $"the privileged intents {string.Join(" and ", names)}";
    }
}
