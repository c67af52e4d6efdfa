using VendorBot.Discord.Entities;

namespace VendorBot.Tests.EndToEnd;

/// <summary>A MESSAGE_CREATE the harness sends: its id (to find the bot's reply) and its doc-shaped JSON.</summary>
internal sealed record TestMessage(Snowflake Id, string Json);

/// <summary>An INTERACTION_CREATE the harness sends: its id and token (to find the bot's callback) and its doc-shaped JSON.</summary>
internal sealed record TestInteraction(Snowflake Id, string Token, string Json);
