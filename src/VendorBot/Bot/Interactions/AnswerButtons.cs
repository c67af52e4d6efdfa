using System.Globalization;
using VendorBot.Answering.Log;
using VendorBot.Bot.Formatting;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Interactions;

/// <summary>The answer buttons: Sources (ephemeral list with quoted passages), Helpful / Not helpful (one vote per user, changeable).</summary>
internal sealed class AnswerButtons(IAnswerLog answerLog, IDiscordRestClient rest) : IComponentHandler
{
    /// <inheritdoc />
    public ComponentDeclaration Components { get; } = new([ComponentIds.Prefix]);

    /// <summary>Handles one button press with an ephemeral reply.</summary>
    public async Task HandleComponentAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!ComponentIds.TryParse(interaction.Data?.CustomId, out var action))
        {
            return;
        }

        var payload = action.Value.Kind == ComponentKind.Sources
            ? await SourcesAsync(action.Value.AnswerId, cancellationToken).ConfigureAwait(false)
            : await VoteAsync(action.Value, interaction.Invoker?.Id, cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(payload), cancellationToken).ConfigureAwait(false);
    }

    private async Task<MessagePayload> SourcesAsync(string answerId, CancellationToken cancellationToken)
    {
        var answer = await answerLog.GetAsync(answerId, cancellationToken).ConfigureAwait(false);
        return answer is null || answer.Sources.Count == 0
            ? ReplyPayloads.Ephemeral(BotMessages.UnknownAnswer)
            : ReplyPayloads.Ephemeral($"Sources of answer `{answer.AnswerId}`:", SourceDetailsFormatter.ForCitations(answer.Sources));
    }

    private async Task<MessagePayload> VoteAsync(ComponentAction action, Snowflake? userId, CancellationToken cancellationToken)
    {
        if (userId is not { } user)
        {
            return ReplyPayloads.Ephemeral(BotMessages.UnknownAnswer);
        }

        var helpful = action.Kind == ComponentKind.Helpful;
        var tally = await answerLog.RecordFeedbackAsync(action.AnswerId, user.ToString(), helpful, cancellationToken).ConfigureAwait(false);
        return tally is null
            ? ReplyPayloads.Ephemeral(BotMessages.UnknownAnswer)
            : ReplyPayloads.Ephemeral(string.Create(
                CultureInfo.InvariantCulture,
                $"Thanks — recorded your vote: {(helpful ? "helpful" : "not helpful")}. You can change it any time. ({tally.Helpful} helpful · {tally.NotHelpful} not helpful)"));
    }
}
