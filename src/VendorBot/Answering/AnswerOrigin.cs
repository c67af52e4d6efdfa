namespace VendorBot.Answering;

/// <summary>The Discord guild, channel and user a question came from (all optional, null from the CLI).</summary>
public sealed record AnswerOrigin(string? GuildId, string? ChannelId, string? UserId);
