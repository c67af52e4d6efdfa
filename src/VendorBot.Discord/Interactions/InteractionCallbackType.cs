namespace VendorBot.Discord.Interactions;

/// <summary>How an interaction is answered (the callback's <c>type</c>).</summary>
public enum InteractionCallbackType
{
    /// <summary>PONG: answers a PING (HTTP interactions only).</summary>
    Pong = 1,

    /// <summary>CHANNEL_MESSAGE_WITH_SOURCE: reply now with a message.</summary>
    ChannelMessageWithSource = 4,

    /// <summary>DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…", edit the original response later.</summary>
    DeferredChannelMessageWithSource = 5,

    /// <summary>DEFERRED_UPDATE_MESSAGE: for components, acknowledge now and edit the message later.</summary>
    DeferredUpdateMessage = 6,

    /// <summary>UPDATE_MESSAGE: for components, edit the message the component is on.</summary>
    UpdateMessage = 7,

    /// <summary>APPLICATION_COMMAND_AUTOCOMPLETE_RESULT: suggestions while the user types.</summary>
    ApplicationCommandAutocompleteResult = 8,
}
