using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// A slash command: its declaration and its handler. Registered with
/// <see cref="InteractionServiceCollectionExtensions.AddCommand{T}"/>; the router dispatches by name and checks the
/// declared precondition first. A command that owns buttons also implements <see cref="IComponentHandler"/>; one whose
/// options autocomplete, <see cref="IAutocompleteHandler"/>.
/// </summary>
internal interface ISlashCommand
{
    /// <summary>What the command is and who may use it.</summary>
    CommandDeclaration Declaration { get; }

    /// <summary>Handles one invocation, off the gateway's event loop; the interaction must be answered within 3 s.</summary>
    Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken);
}

/// <summary>Handles presses of the components whose custom_id starts with one of its declared prefixes.</summary>
internal interface IComponentHandler
{
    /// <summary>The prefixes owned and who may press them.</summary>
    ComponentDeclaration Components { get; }

    /// <summary>Handles one press.</summary>
    Task HandleComponentAsync(Interaction interaction, CancellationToken cancellationToken);
}

/// <summary>Suggests values for a slash command's autocompleted options.</summary>
internal interface IAutocompleteHandler
{
    /// <summary>Answers one autocomplete request (callback type 8) for <paramref name="focused"/>.</summary>
    Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken);
}

/// <summary>One slash command invocation: the interaction and when it arrived (<see cref="TimeProvider.GetTimestamp"/>).</summary>
internal sealed record CommandInvocation(Interaction Interaction, long ReceivedAt);
