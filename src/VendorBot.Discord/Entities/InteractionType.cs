namespace VendorBot.Discord.Entities;

/// <summary>Interaction kinds.</summary>
public enum InteractionType
{
    /// <summary>PING (HTTP interactions only).</summary>
    Ping = 1,

    /// <summary>APPLICATION_COMMAND: a slash command.</summary>
    ApplicationCommand = 2,

    /// <summary>MESSAGE_COMPONENT: a button click.</summary>
    MessageComponent = 3,

    /// <summary>APPLICATION_COMMAND_AUTOCOMPLETE: the user is typing an option with autocomplete.</summary>
    ApplicationCommandAutocomplete = 4,

    /// <summary>MODAL_SUBMIT.</summary>
    ModalSubmit = 5,
}
