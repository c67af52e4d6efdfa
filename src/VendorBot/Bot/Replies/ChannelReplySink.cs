using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Replies;

/// <summary>Answers as a reply to the asker's message; long answers continue in plain follow-up messages.</summary>
internal sealed class ChannelReplySink(IDiscordRestClient rest, Message question, AllowedMentions mentions) : IAnswerSink
{
    private Snowflake? _first;

    /// <inheritdoc />
    public async Task ShowPartialAsync(string text, CancellationToken cancellationToken) =>
        await PutFirstAsync(new MessagePayload { Content = ReplyPayloads.Text(text), AllowedMentions = mentions }, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Snowflake>> ShowFinalAsync(FormattedAnswer answer, CancellationToken cancellationToken)
    {
        var ids = new List<Snowflake>();
        var parts = answer.Parts.Count == 0 ? [string.Empty] : answer.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            var payload = ReplyPayloads.Part(answer, parts, i, mentions);
            ids.Add(i == 0
                ? await PutFirstAsync(payload, cancellationToken).ConfigureAwait(false)
                : (await rest.CreateMessageAsync(question.ChannelId, payload, cancellationToken).ConfigureAwait(false)).Id);
        }

        return ids;
    }

    /// <inheritdoc />
    public async Task ShowNoticeAsync(string text, CancellationToken cancellationToken) =>
        await PutFirstAsync(new MessagePayload { Content = ReplyPayloads.Text(text), AllowedMentions = mentions, Embeds = [], Components = [] }, cancellationToken)
            .ConfigureAwait(false);

    private async Task<Snowflake> PutFirstAsync(MessagePayload payload, CancellationToken cancellationToken)
    {
        if (_first is { } id)
        {
            await rest.EditMessageAsync(question.ChannelId, id, payload, cancellationToken).ConfigureAwait(false);
            return id;
        }

        var reply = payload with { MessageReference = new MessageReference { MessageId = question.Id, FailIfNotExists = false } };
        var sent = await rest.CreateMessageAsync(question.ChannelId, reply, cancellationToken).ConfigureAwait(false);
        _first = sent.Id;
        return sent.Id;
    }
}
