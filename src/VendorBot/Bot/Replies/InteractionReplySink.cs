using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Replies;

/// <summary>
/// Answers a deferred interaction by editing its original response; long answers continue as follow-ups, ephemeral when
/// <paramref name="ephemeral"/> (the deferred response already is).
/// </summary>
internal sealed class InteractionReplySink(IDiscordRestClient rest, Interaction interaction, bool ephemeral = false) : IAnswerSink
{
    /// <inheritdoc />
    public async Task ShowPartialAsync(string text, CancellationToken cancellationToken) =>
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, new MessagePayload { Content = ReplyPayloads.Text(text) }, cancellationToken)
            .ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Snowflake>> ShowFinalAsync(FormattedAnswer answer, CancellationToken cancellationToken)
    {
        var ids = new List<Snowflake>();
        var parts = answer.Parts.Count == 0 ? [string.Empty] : answer.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var payload = ReplyPayloads.Part(answer, parts, i, AllowedMentions.None);
            var sent = i == 0
                ? await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken).ConfigureAwait(false)
                : await rest.CreateFollowupMessageAsync(
                    interaction.ApplicationId, interaction.Token, ephemeral ? payload with { Flags = MessageFlags.Ephemeral } : payload, cancellationToken)
                    .ConfigureAwait(false);
            ids.Add(sent.Id);
        }

        return ids;
    }

    /// <inheritdoc />
    public async Task ShowNoticeAsync(string text, CancellationToken cancellationToken) =>
        await rest.EditOriginalResponseAsync(
            interaction.ApplicationId, interaction.Token, new MessagePayload { Content = ReplyPayloads.Text(text), Embeds = [], Components = [] }, cancellationToken)
            .ConfigureAwait(false);
}
