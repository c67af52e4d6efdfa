using System.ComponentModel.DataAnnotations;

namespace VendorBot.Discord;

/// <summary>How the client reaches Discord: token, REST base (which also decides the gateway), intents and shard.</summary>
public sealed class DiscordClientOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Discord";

    /// <summary>The bot token, without the <c>Bot </c> prefix. A secret: never logged, never in exceptions.</summary>
    [Required(ErrorMessage = "Discord:Token is required (set VENDORBOT_Discord__Token or a user secret)")]
    public string Token { get; set; } = "";

    /// <summary>REST API base. <value>Default <c>https://discord.com/api/v10/</c>; tests point it at the fake Discord.</value></summary>
    public Uri RestBaseUrl { get; set; } = new("https://discord.com/api/v10/");

    /// <summary>Gateway intents. <value>Default GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES | MESSAGE_CONTENT.</value></summary>
    public GatewayIntents Intents { get; set; } =
        GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages | GatewayIntents.MessageContent;

    /// <summary>This connection's shard id. <value>Default 0; 0 ≤ ShardId &lt; ShardCount.</value></summary>
    [Range(0, 65535)]
    public int ShardId { get; set; }

    /// <summary>Total shard count. <value>Default 1.</value></summary>
    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <inheritdoc />
    public override string ToString() =>
        $"Discord {{ Token = {(string.IsNullOrEmpty(Token) ? "(none)" : "***")}, RestBaseUrl = {RestBaseUrl}, Intents = {Intents}, Shard = [{ShardId}, {ShardCount}] }}";
}
