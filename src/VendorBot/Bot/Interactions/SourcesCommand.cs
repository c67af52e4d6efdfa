using VendorBot.Answering.Log;
using VendorBot.Bot.Formatting;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/sources</c>: without a query, the sources of the latest answer in the channel from the answer log (its copies
/// survive a reindex); with <c>query</c>, the top matching passages. Always ephemeral.
/// </summary>
internal sealed class SourcesCommand(IAnswerLog answerLog, IPassageSearch search, IDiscordRestClient rest) : ISlashCommand
{
    private const int QueryResults = 5;
    private const string Query = "query";

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "sources",
        Description = "The sources of the latest answer here, or the passages matching a query.",
        Options = [new() { Name = Query, Description = "Search the sources instead", MaxLength = BotLimits.QuestionMaxLength }],
    };

    /// <summary>Handles one <c>/sources</c>.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(ephemeral: true), cancellationToken)
            .ConfigureAwait(false);
        var query = interaction.Data?.FindOption(Query)?.GetString();
        var payload = string.IsNullOrWhiteSpace(query)
            ? await LatestAnswerAsync(interaction.ChannelId, cancellationToken).ConfigureAwait(false)
            : await MatchesAsync(query, cancellationToken).ConfigureAwait(false);
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken).ConfigureAwait(false);
    }

    private async Task<MessagePayload> LatestAnswerAsync(Snowflake? channelId, CancellationToken cancellationToken)
    {
        var latest = channelId is { } channel ? await answerLog.GetLatestInChannelAsync(channel.ToString(), cancellationToken).ConfigureAwait(false) : null;
        if (latest is null || latest.Sources.Count == 0)
        {
            return new MessagePayload { Content = BotMessages.NoAnswerYet };
        }

        var content = DiscordText.Truncate($"Sources of answer `{latest.AnswerId}` to: {latest.Question}", DiscordLimits.MessageContentLength);
        return new MessagePayload { Content = content, Embeds = SourceDetailsFormatter.ForCitations(latest.Sources) };
    }

    private async Task<MessagePayload> MatchesAsync(string query, CancellationToken cancellationToken)
    {
        var hits = await search.SearchAsync(new SearchQuery(query, QueryResults), cancellationToken).ConfigureAwait(false);
        return hits.Count == 0
            ? new MessagePayload { Content = BotMessages.NothingMatches }
            : new MessagePayload { Content = "The passages that best match your query:", Embeds = SourceDetailsFormatter.ForHits(hits) };
    }
}
