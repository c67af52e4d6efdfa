using System.Text.Json.Serialization;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Interactions;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>. Build it with the factory methods.</summary>
public sealed record InteractionResponse
{
    /// <summary>How the interaction is answered.</summary>
    [JsonPropertyName("type")]
    public InteractionCallbackType Type { get; init; }

    /// <summary>The message, deferral flags or autocomplete choices.</summary>
    [JsonPropertyName("data")]
    public InteractionCallbackData? Data { get; init; }

    /// <summary>Answers a PING.</summary>
    public static InteractionResponse Pong() => new() { Type = InteractionCallbackType.Pong };

    /// <summary>Replies at once with a message (mentions suppressed unless the payload says otherwise).</summary>
    public static InteractionResponse Message(MessagePayload message) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = ToData(message) };

    /// <summary>Shows "thinking…"; answer later with an edit of the original response.</summary>
    public static InteractionResponse Deferred(bool ephemeral = false) => new()
    {
        Type = InteractionCallbackType.DeferredChannelMessageWithSource,
        Data = ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null,
    };

    /// <summary>Acknowledges a component click; edit the message later.</summary>
    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    /// <summary>Edits the message the clicked component is on.</summary>
    public static InteractionResponse Update(MessagePayload message) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = ToData(message) };

    /// <summary>Offers autocomplete suggestions (≤ 25).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandChoice> choices) => new()
    {
        Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
        Data = new InteractionCallbackData { Choices = choices },
    };

    private static InteractionCallbackData ToData(MessagePayload message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        Components = message.Components,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
    };
}
