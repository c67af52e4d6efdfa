using System.Globalization;
using System.Text;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bot.Interactions;

/// <summary><c>/help</c>: what the bot does, its commands, what it covers, and that it answers only from its sources.</summary>
internal sealed class HelpCommand(KnowledgeCatalog catalog, IDiscordRestClient rest) : ISlashCommand
{
    private const int VendorsShown = 30;

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new() { Name = "help", Description = "What this bot does and what it covers." };

    /// <summary>Handles one <c>/help</c> with an ephemeral message.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var documents = await catalog.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var vendors = await catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false);
        var text = Describe(documents, vendors.Select(v => v.Vendor).ToList());
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The help text for an index of <paramref name="documents"/> documents about <paramref name="vendors"/>.</summary>
    public static string Describe(int documents, IReadOnlyList<string> vendors)
    {
        var text = new StringBuilder()
            .AppendLine("I answer questions about vendor controversies — backdoor allegations, sanctions, data-access disputes — **only from my curated sources**, and every claim is cited `[n]`. If my sources don't cover something, I say so.")
            .AppendLine()
            .AppendLine("**Ask me** by @mentioning me, replying to one of my answers (follow-ups keep the conversation), in a thread I'm in, in a DM, or with:")
            .AppendLine("• `/ask question:<text> [vendor:<name>]` — a cited answer")
            .AppendLine("• `/sources` — the sources of my latest answer here; `/sources query:<text>` — the passages that match")
            .AppendLine("• `/reindex` — admins: re-read the documents")
            .AppendLine("• `/settings` — admins: how I answer in this channel (auto-answer, ephemeral, vendors, cited-only)")
            .AppendLine("• `/help` — this message")
            .AppendLine("Buttons under an answer show its sources with the quoted passages, and let you tell me whether it helped.")
            .AppendLine()
            .Append(CultureInfo.InvariantCulture, $"**Coverage:** {documents} documents");
        if (vendors.Count > 0)
        {
            var shown = string.Join(", ", vendors.Take(VendorsShown).Select(DiscordText.EscapeMarkdown));
            text.Append(CultureInfo.InvariantCulture, $" about {shown}{(vendors.Count > VendorsShown ? ", …" : "")}");
        }

        return DiscordText.Truncate(text.Append('.').ToString(), DiscordLimits.MessageContentLength);
    }
}
