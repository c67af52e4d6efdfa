using System.Globalization;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Bot.Interactions;

/// <summary><c>/vendors</c>: the vendors covered, each with its document count and the range of publication dates. Ephemeral.</summary>
internal sealed class VendorsCommand(ClaimCatalog claims, IDiscordRestClient rest) : ISlashCommand
{
    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new() { Name = "vendors", Description = "The vendors my sources cover, with document counts and dates." };

    /// <summary>Handles one <c>/vendors</c>.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var coverage = await claims.ListCoverageAsync(cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(Describe(coverage))), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>One line per vendor: "• **Norvatel** — 4 documents, 2021-03-04 to 2023-05-10".</summary>
    public static string Describe(IReadOnlyList<VendorCoverage> coverage)
    {
        if (coverage.Count == 0)
        {
            return "No documents are indexed yet.";
        }

        var text = new StringBuilder("**Vendors covered by my sources:**");
        foreach (var vendor in coverage)
        {
            var dates = (vendor.FirstPublished, vendor.LastPublished) switch
            {
                ({ } first, { } last) when first == last => string.Create(CultureInfo.InvariantCulture, $", {first:yyyy-MM-dd}"),
                ({ } first, { } last) => string.Create(CultureInfo.InvariantCulture, $", {first:yyyy-MM-dd} to {last:yyyy-MM-dd}"),
                _ => ", undated",
            };
            var documents = vendor.Documents == 1 ? "1 document" : string.Create(CultureInfo.InvariantCulture, $"{vendor.Documents} documents");
            text.Append(CultureInfo.InvariantCulture, $"\n• **{DiscordText.EscapeMarkdown(vendor.Vendor)}** — {documents}{dates}");
        }

        return DiscordText.Truncate(text.ToString(), DiscordLimits.MessageContentLength);
    }
}
