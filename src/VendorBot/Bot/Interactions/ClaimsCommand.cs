using System.Globalization;
using System.Text;
using VendorBot.Answering.Extractive;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/claims vendor:&lt;v&gt; [topic]</c>: who claims what about a vendor, grouped by stance (alleged, denied, confirmed,
/// reported), each with its actor and its source's title and date. Ephemeral; an unknown vendor lists those covered.
/// </summary>
internal sealed class ClaimsCommand(ClaimCatalog claims, VendorAutocomplete vendors, IDiscordRestClient rest) : ISlashCommand, IAutocompleteHandler
{
    private const string Vendor = "vendor", Topic = "topic";

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "claims",
        Description = "Who claims what about a vendor, grouped by stance, each cited.",
        Options =
        [
            new() { Name = Vendor, Description = "The vendor", Required = true, Autocomplete = true },
            new() { Name = Topic, Description = "Only claims about this topic (e.g. backdoor)", MaxLength = BotLimits.QuestionMaxLength },
        ],
    };

    /// <inheritdoc />
    public Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken) =>
        vendors.SuggestAsync(interaction, focused, cancellationToken);

    /// <summary>Handles one <c>/claims</c>.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var vendor = interaction.Data?.FindOption(Vendor)?.GetString()?.Trim() ?? string.Empty;
        var topic = interaction.Data?.FindOption(Topic)?.GetString();
        var coverage = await claims.ListCoverageAsync(cancellationToken).ConfigureAwait(false);
        var known = coverage.FirstOrDefault(v => v.Vendor.Equals(vendor, StringComparison.OrdinalIgnoreCase));
        var text = known is null
            ? DiscordText.Truncate(
                $"No document is about “{DiscordText.EscapeMarkdown(vendor)}”. Vendors covered: {string.Join(", ", coverage.Select(v => DiscordText.EscapeMarkdown(v.Vendor)))}.",
                DiscordLimits.MessageContentLength)
            : Describe(known.Vendor, topic, ClaimTopicFilter.Filter(await claims.ListClaimsAsync(known.Vendor, cancellationToken).ConfigureAwait(false), topic));
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The claims grouped by stance, each "• Actor: “sentence” — Title (Publisher, date)"; cut at Discord's limit.</summary>
    public static string Describe(string vendor, string? topic, IReadOnlyList<SourcedClaim> found)
    {
        var about = string.IsNullOrWhiteSpace(topic) ? string.Empty : $" on “{DiscordText.EscapeMarkdown(topic.Trim())}”";
        if (found.Count == 0)
        {
            return DiscordText.Truncate($"My sources hold no attributed claims about {DiscordText.EscapeMarkdown(vendor)}{about}.", DiscordLimits.MessageContentLength);
        }

        var text = new StringBuilder($"**Claims about {DiscordText.EscapeMarkdown(vendor)}{about}:**");
        foreach (var stance in ClaimStances.DisplayOrder)
        {
            var group = found.Where(c => c.Claim.Stance == stance).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n**{ClaimStances.Heading(stance)}**");
            foreach (var (claim, document) in group)
            {
                var date = document.PublishedReadable ?? "undated";
                text.Append(CultureInfo.InvariantCulture, $"\n• {DiscordText.EscapeMarkdown(claim.Actor)}: “{DiscordText.EscapeMarkdown(claim.Sentence)}” — *{DiscordText.EscapeMarkdown(document.Title)}* ({date})");
            }
        }

        return DiscordText.Truncate(text.ToString(), DiscordLimits.MessageContentLength);
    }
}
