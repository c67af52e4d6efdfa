using System.Text.Json;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Commands;

/// <summary>
/// Decides whether the registered commands already match the desired ones: the order of commands does not
/// matter, server-side fields (id, application_id, guild_id, version) are ignored, and Discord's defaults are
/// filled in on both sides (type 1, required/autocomplete/nsfw false, empty lists as absent, contexts and
/// integration types as sets, contexts defaulting to all three, integration types defaulting to guild install), so
/// what Discord returns compares equal to what was sent. Option and choice order matter:
/// Discord shows them in that order.
/// </summary>
public static class ApplicationCommandComparer
{
    // Discord's default for a command registered without contexts: every context.
    private static readonly List<InteractionContextType> AllContexts =
        [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel];

    /// <summary>True when a bulk overwrite with <paramref name="desired"/> would change nothing.</summary>
    public static bool SameCommands(IReadOnlyList<ApplicationCommand> desired, IReadOnlyList<ApplicationCommand> registered)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(registered);
        return desired.Count == registered.Count
            && string.Equals(Canonical(desired), Canonical(registered), StringComparison.Ordinal);
    }

    private static string Canonical(IReadOnlyList<ApplicationCommand> commands)
    {
        IReadOnlyList<ApplicationCommand> normalised = commands
            .Select(Normalise)
            .OrderBy(command => command.Type)
            .ThenBy(command => command.Name, StringComparer.Ordinal)
            .ToList();
        return JsonSerializer.Serialize(normalised, RestJsonContext.Default.IReadOnlyListApplicationCommand);
    }

    private static ApplicationCommand Normalise(ApplicationCommand command) => command with
    {
        Id = null,
        ApplicationId = null,
        GuildId = null,
        Version = null,
        Type = command.Type ?? ApplicationCommandType.ChatInput,
        Options = NormaliseOptions(command.Options),
        Nsfw = command.Nsfw ?? false,
        Contexts = command.Contexts is { Count: > 0 } contexts ? contexts.Distinct().Order().ToList() : AllContexts,
        IntegrationTypes = command.IntegrationTypes is { Count: > 0 } types
            ? types.Distinct().Order().ToList()
            : [ApplicationIntegrationType.GuildInstall],
    };

    private static List<ApplicationCommandOption>? NormaliseOptions(IReadOnlyList<ApplicationCommandOption>? options) =>
        options is { Count: > 0 }
            ? options.Select(option => option with
            {
                Required = option.Required ?? false,
                Autocomplete = option.Autocomplete ?? false,
                Choices = option.Choices is { Count: > 0 } ? option.Choices : null,
                ChannelTypes = option.ChannelTypes is { Count: > 0 } channelTypes ? channelTypes.Distinct().Order().ToList() : null,
                Options = NormaliseOptions(option.Options),
            }).ToList()
            : null;
}
