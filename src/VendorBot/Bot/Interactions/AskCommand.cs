using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/ask question [vendor]</c>: through the question intake (flood check, the channel's settings), deferred at once
/// (ephemeral when the channel says so), then the answer replaces the deferred response. The channel's vendor scope
/// applies; a vendor outside it gets a short notice instead. Cited-only does not apply: the asker always gets a reply.
/// </summary>
internal sealed class AskCommand(QuestionIntake intake, AnswerRunner runner, VendorAutocomplete vendors, IDiscordRestClient rest)
    : ISlashCommand, IAutocompleteHandler
{
    private const string Name = "ask", Question = "question", Vendor = "vendor";

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = Name,
        Description = "Ask about a vendor controversy; the answer cites its sources.",
        Options =
        [
            new() { Name = Question, Description = "Your question", Required = true, MaxLength = BotLimits.QuestionMaxLength },
            new() { Name = Vendor, Description = "Only use sources about this vendor", Autocomplete = true },
        ],
    };

    /// <inheritdoc />
    public Task AutocompleteAsync(Interaction interaction, InteractionDataOption focused, CancellationToken cancellationToken) =>
        vendors.SuggestAsync(interaction, focused, cancellationToken);

    /// <summary>Handles one <c>/ask</c>.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var user = interaction.Invoker?.Id ?? default;
        var channel = interaction.ChannelId ?? default;
        var verdict = intake.Admit(Name, user, channel);
        if (!verdict.Allowed)
        {
            await rest.CreateInteractionResponseAsync(
                    interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(QuestionIntake.SlowDown(verdict))), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var settings = await intake.SettingsAsync(interaction.GuildId, channel, cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(settings.Ephemeral), cancellationToken)
            .ConfigureAwait(false);
        var sink = new InteractionReplySink(rest, interaction, settings.Ephemeral);
        var question = interaction.Data?.FindOption(Question)?.GetString() ?? string.Empty;
        if (settings.ScopeFor(interaction.Data?.FindOption(Vendor)?.GetString()) is not { } scope)
        {
            await runner.NoticeAsync(sink, BotMessages.OutOfScope(settings.Vendors)).ConfigureAwait(false);
            return;
        }

        var request = QuestionIntake.Request(question, [], scope, interaction.GuildId, interaction.ChannelId, user);
        await runner.RunAsync(request, sink, invocation.ReceivedAt, citedOnly: false, cancellationToken).ConfigureAwait(false);
    }
}
