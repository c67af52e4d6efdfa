using System.Text;
using Microsoft.Extensions.Logging;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Bot.Settings;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/settings [auto_answer] [ephemeral] [cited_only] [vendors]</c>: admins only (a declared precondition). Without options it
/// shows the channel's settings; with options it changes them (applied at once, stored in the index file) and confirms.
/// Always ephemeral. Unknown vendors are refused and nothing changes.
/// </summary>
internal sealed class SettingsCommand(ChannelSettingsStore store, KnowledgeCatalog catalog, IDiscordRestClient rest, ILogger<SettingsCommand> logger) : ISlashCommand
{
    private const string AllVendors = "all";
    private const string AutoAnswer = "auto_answer", Ephemeral = "ephemeral", CitedOnly = "cited_only", ScopeVendors = "vendors";
    private static readonly AdminOnly Admins = new("change or view this channel's settings");

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "settings",
        Description = "Show or change how I answer in this channel (admins).",
        Admins = Admins,
        Options =
        [
            new() { Name = AutoAnswer, Type = ApplicationCommandOptionType.Boolean, Description = "Treat every new message here (and in its threads) as a question" },
            new() { Name = Ephemeral, Type = ApplicationCommandOptionType.Boolean, Description = "Answer /ask so that only the asker sees it" },
            new() { Name = CitedOnly, Type = ApplicationCommandOptionType.Boolean, Description = "Stay silent on messages unless the answer cites a source" },
            new() { Name = ScopeVendors, Description = "Only use sources about these vendors (comma-separated; 'all' for every vendor)", MaxLength = BotLimits.VendorListMaxLength },
        ],
    };

    /// <summary>Handles one <c>/settings</c> by an admin.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var user = interaction.Invoker?.Id ?? default;
        if (interaction.ChannelId is not { } channel)
        {
            await ReplyAsync(interaction, Admins.Refusal, cancellationToken).ConfigureAwait(false);
            return;
        }

        var current = await store.FindAsync(channel, cancellationToken).ConfigureAwait(false) ?? ChannelSettings.Default;
        var data = interaction.Data;
        var vendors = await ResolveVendorsAsync(data?.FindOption(ScopeVendors)?.GetString(), cancellationToken).ConfigureAwait(false);
        if (vendors is { Unknown.Count: > 0 } or { Known.Count: > BotLimits.ChannelVendorsMax })
        {
            await ReplyAsync(interaction, RefuseVendors(vendors.Value.Unknown), cancellationToken).ConfigureAwait(false);
            return;
        }

        var change = new ChannelSettingsChange(
            data?.FindOption(AutoAnswer)?.GetBoolean(),
            data?.FindOption(Ephemeral)?.GetBoolean(),
            data?.FindOption(CitedOnly)?.GetBoolean(),
            vendors?.Known);
        if (change.IsEmpty)
        {
            await ReplyAsync(interaction, Describe("Settings for this channel:", current), cancellationToken).ConfigureAwait(false);
            return;
        }

        var updated = change.ApplyTo(current);
        await store.SaveAsync(channel, interaction.GuildId, updated, user, cancellationToken).ConfigureAwait(false);
        BotLog.SettingsChanged(logger, user, channel, updated.AutoAnswer, updated.Ephemeral, updated.CitedOnly, updated.Vendors.Count);
        await ReplyAsync(interaction, Describe("Updated. Settings for this channel now:", updated), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The settings as shown to the admin, under <paramref name="heading"/>.</summary>
    public static string Describe(string heading, ChannelSettings settings)
    {
        var vendors = settings.Vendors.Count == 0 ? "all vendors" : string.Join(", ", settings.Vendors.Select(DiscordText.EscapeMarkdown));
        var text = new StringBuilder()
            .AppendLine(heading)
            .AppendLine(settings.AutoAnswer ? "• auto_answer: **on** — every new message here (and in its threads) is a question" : "• auto_answer: **off** — I answer when mentioned, replied to, in my threads and in DMs")
            .AppendLine(settings.Ephemeral ? "• ephemeral: **on** — `/ask` answers only the asker sees (message questions are answered publicly)" : "• ephemeral: **off** — `/ask` answers are public")
            .AppendLine(settings.CitedOnly ? "• cited_only: **on** — I stay silent on messages unless my answer cites a source" : "• cited_only: **off** — I also say when my sources don't cover a question")
            .Append("• vendors: ").Append(vendors);
        return DiscordText.Truncate(text.ToString(), DiscordLimits.MessageContentLength);
    }

    /// <summary>Splits a comma-separated vendor list; <c>all</c> (or nothing) means every vendor.</summary>
    public static IReadOnlyList<string> SplitVendors(string text)
    {
        var names = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names is [var only] && string.Equals(only, AllVendors, StringComparison.OrdinalIgnoreCase)
            ? []
            : [.. names.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private async Task<(IReadOnlyList<string> Known, IReadOnlyList<string> Unknown)?> ResolveVendorsAsync(string? text, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }

        var indexed = (await catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false)).Select(v => v.Vendor).ToList();
        var known = new List<string>();
        var unknown = new List<string>();
        foreach (var name in SplitVendors(text))
        {
            var match = indexed.FirstOrDefault(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));
            (match is null ? unknown : known).Add(match ?? name);
        }

        return (known, unknown);
    }

    private static string RefuseVendors(IReadOnlyList<string> unknown) => DiscordText.Truncate(
        unknown.Count == 0
            ? $"Too many vendors: a channel's scope lists at most {BotLimits.ChannelVendorsMax}. Nothing was changed."
            : $"My sources cover no vendor named {string.Join(", ", unknown.Select(DiscordText.EscapeMarkdown))} (see `/vendors`). Nothing was changed.",
        DiscordLimits.MessageContentLength);

    private Task ReplyAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), cancellationToken);
}
