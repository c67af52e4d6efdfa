using System.Globalization;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/timeline vendor:&lt;v&gt;</c>: the dated events and claims about a vendor, oldest first, each cited with its document
/// title and date; <see cref="EntriesPerPage"/> per page with Previous / Next buttons that edit the message in place.
/// The page lives in the button's <c>custom_id</c> (<c>vbt:{page}:{vendor}</c>), so buttons survive a restart.
/// </summary>
internal sealed class TimelineCommand(ClaimCatalog claims, VendorAutocomplete vendors, IDiscordRestClient rest) : ISlashCommand, IComponentHandler, IAutocompleteHandler
{
    /// <summary>Timeline entries shown per page.</summary>
    public const int EntriesPerPage = 5;

    private const string Prefix = "vbt";
    private const string Vendor = "vendor";

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "timeline",
        Description = "Dated events and claims about a vendor, oldest first, each cited.",
        Options = [new() { Name = Vendor, Description = "The vendor", Required = true, Autocomplete = true }],
    };

    /// <inheritdoc />
    public ComponentDeclaration Components { get; } = new([Prefix]);

    /// <summary>Handles <c>/timeline</c>: the first page.</summary>
    public Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken) =>
        ShowAsync(invocation.Interaction, button: false, cancellationToken);

    /// <summary>Handles a page button: that page, replacing the message.</summary>
    public Task HandleComponentAsync(Interaction interaction, CancellationToken cancellationToken) => ShowAsync(interaction, button: true, cancellationToken);

    /// <inheritdoc />
    public Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken) =>
        vendors.SuggestAsync(interaction, focused, cancellationToken);

    private async Task ShowAsync(Interaction interaction, bool button, CancellationToken cancellationToken)
    {
        var (page, vendor) = button ? Parse(interaction.Data?.CustomId) : (0, interaction.Data?.FindOption(Vendor)?.GetString()?.Trim() ?? string.Empty);
        var coverage = await claims.ListCoverageAsync(cancellationToken).ConfigureAwait(false);
        var known = coverage.FirstOrDefault(v => v.Vendor.Equals(vendor, StringComparison.OrdinalIgnoreCase));
        MessagePayload payload;
        if (known is null)
        {
            var names = string.Join(", ", coverage.Select(v => DiscordText.EscapeMarkdown(v.Vendor)));
            payload = ReplyPayloads.Ephemeral(DiscordText.Truncate($"No document is about “{DiscordText.EscapeMarkdown(vendor)}”. Vendors covered: {names}.", DiscordLimits.MessageContentLength));
        }
        else
        {
            var timeline = await claims.TimelineAsync(known.Vendor, cancellationToken).ConfigureAwait(false);
            payload = Page(known.Vendor, timeline, page);
        }

        var response = button ? InteractionResponse.Update(payload) : InteractionResponse.Message(payload);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Page <paramref name="page"/> (clamped) of <paramref name="timeline"/> with its navigation buttons.</summary>
    public static MessagePayload Page(string vendor, IReadOnlyList<TimelineEntry> timeline, int page)
    {
        var pages = Math.Max(1, (timeline.Count + EntriesPerPage - 1) / EntriesPerPage);
        page = Math.Clamp(page, 0, pages - 1);
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture, $"**Timeline of {DiscordText.EscapeMarkdown(vendor)}** (oldest first, page {page + 1}/{pages}, {timeline.Count} entries)"));
        foreach (var entry in timeline.Skip(page * EntriesPerPage).Take(EntriesPerPage))
        {
            var when = entry.Year?.ToString(CultureInfo.InvariantCulture) ?? "undated";
            var who = entry.Claim is { } claim ? $"{DiscordText.EscapeMarkdown(claim.Actor)} ({ClaimStances.ToText(claim.Stance)}): " : string.Empty;
            var published = entry.Document.PublishedReadable ?? "undated";
            text.Append(CultureInfo.InvariantCulture, $"\n**{when}** — {who}“{DiscordText.EscapeMarkdown(entry.Quote)}” — *{DiscordText.EscapeMarkdown(entry.Document.Title)}* ({published})");
        }

        var payload = ReplyPayloads.Ephemeral(DiscordText.Truncate(text.ToString(), DiscordLimits.MessageContentLength));
        return pages == 1 ? payload : payload with
        {
            Components =
            [
                new ActionRow
                {
                    Components =
                    [
                        new Button { Label = "Previous", CustomId = Id(page - 1, vendor), Disabled = page == 0 },
                        new Button { Label = "Next", CustomId = Id(page + 1, vendor), Disabled = page == pages - 1 },
                    ],
                },
            ],
        };
    }

    private static string Id(int page, string vendor) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{Math.Max(0, page)}:{vendor}");

    private static (int Page, string Vendor) Parse(string? customId)
    {
        var parts = customId?.Split(':', 3);
        return parts is [Prefix, var page, var vendor] && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (number, vendor)
            : (0, string.Empty);
    }
}
