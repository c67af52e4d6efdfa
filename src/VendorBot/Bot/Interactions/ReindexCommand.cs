using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Bot.Replies;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Interactions;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;

namespace VendorBot.Bot.Interactions;

/// <summary>
/// <c>/reindex</c>: admins only (a declared precondition, whatever Discord's defaults let through); one at a time; deferred and
/// ephemeral, reporting what changed. Questions keep being answered meanwhile (readers are never blocked). A process
/// serving a read-only published index says where reindexing happens instead.
/// </summary>
internal sealed class ReindexCommand(
    KnowledgeIndexer indexer, IOptions<KnowledgeOptions> knowledge, IDiscordRestClient rest, ILogger<ReindexCommand> logger) : ISlashCommand, IDisposable
{
    private readonly SemaphoreSlim _running = new(1, 1);

    /// <inheritdoc />
    public CommandDeclaration Declaration { get; } = new()
    {
        Name = "reindex",
        Description = "Re-read the documents folder and update the index (admins).",
        Admins = new AdminOnly("reindex the sources"),
    };

    /// <summary>Handles one <c>/reindex</c> by an admin.</summary>
    public async Task HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var interaction = invocation.Interaction;
        var user = interaction.Invoker?.Id.ToString() ?? "unknown";
        if (knowledge.Value.ReadOnly)
        {
            await ReplyAsync(interaction, BotMessages.ReindexReadOnly, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await _running.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
        {
            await ReplyAsync(interaction, BotMessages.ReindexRunning, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(ephemeral: true), cancellationToken)
                .ConfigureAwait(false);
            string content;
            try
            {
                var report = await indexer.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
                BotLog.Reindexed(logger, user, report.Added, report.Updated, report.Removed, report.Unchanged, report.Failed, report.Duration.TotalMilliseconds);
                content = Describe(report);
            }
            catch (IndexRemovalRefusedException refused)
            {
                BotLog.ReindexNotRun(logger, user, refused.Message);
                content = BotMessages.ReindexRemovalRefused(refused);
            }
            catch (IndexBusyException busy)
            {
                BotLog.ReindexNotRun(logger, user, busy.Message);
                content = BotMessages.ReindexBusy(busy.Message);
            }

            await rest.EditOriginalResponseAsync(
                    interaction.ApplicationId,
                    interaction.Token,
                    new MessagePayload { Content = Formatting.DiscordText.Truncate(content, DiscordLimits.MessageContentLength) },
                    cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            _running.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _running.Dispose();

    /// <summary>The summary shown to the admin.</summary>
    public static string Describe(ReindexReport report)
    {
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"Reindex done in {report.Duration.TotalSeconds:0.0} s: {report.Added} added, {report.Updated} updated, {report.Removed} removed, {report.Unchanged} unchanged, {report.Failed} failed.");
        var failures = report.Failures.Take(5).Select(f => $"\n• {f.Path}: {f.Reason}");
        return Formatting.DiscordText.Truncate(summary + string.Concat(failures), DiscordLimits.MessageContentLength);
    }

    private Task ReplyAsync(Interaction interaction, string text, CancellationToken cancellationToken) =>
        rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(ReplyPayloads.Ephemeral(text)), cancellationToken);
}
