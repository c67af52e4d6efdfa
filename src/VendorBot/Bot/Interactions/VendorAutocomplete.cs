using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bot.Interactions;

/// <summary>Suggests vendors from the index for the commands' <c>vendor</c> options, best matches first (prefix, then substring).</summary>
internal sealed class VendorAutocomplete(KnowledgeCatalog catalog, IDiscordRestClient rest)
{
    /// <summary>Answers one autocomplete request for <paramref name="focused"/>, a vendor option.</summary>
    public async Task SuggestAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken)
    {
        var typed = focused.GetString()?.Trim() ?? string.Empty;
        var vendors = await catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false);
        var choices = vendors
            .Select(v => v.Vendor)
            .Where(v => v.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Take(BotLimits.AutocompleteChoices)
            .Select(v => ApplicationCommandChoice.Of(Truncate(v), Truncate(v)))
            .ToList();
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete(choices), cancellationToken)
            .ConfigureAwait(false);
    }

    private static string Truncate(string vendor) => vendor.Length <= DiscordLimits.ChoiceValueLength ? vendor : vendor[..DiscordLimits.ChoiceValueLength];
}
