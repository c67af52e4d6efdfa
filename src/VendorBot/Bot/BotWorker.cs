using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Bot.Interactions;
using VendorBot.Discord.Commands;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Gateway;
using VendorBot.Discord.Rest;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bot;

/// <summary>
/// The bot process: before answering, checks the index (complete schema and <c>PRAGMA quick_check</c>; building it from the documents folder when empty) and
/// registers the declared commands (guild-scoped when <c>Discord:GuildId</c> is set); then runs the gateway session until stopped.
/// Stopping: no new questions, in-flight answers finish within <see cref="BotOptions.ShutdownGrace"/>, then the gateway closes.
/// </summary>
internal sealed class BotWorker(
    DiscordGatewayClient gateway,
    IDiscordRestClient rest,
    CommandRegistrar registrar,
    IEnumerable<ISlashCommand> commands,
    KnowledgeCatalog catalog,
    KnowledgeDatabase database,
    KnowledgeIndexer indexer,
    QuestionScheduler scheduler,
    BotMetrics metrics,
    DiscordTokenStatus tokenStatus,
    IOptions<KnowledgeOptions> knowledge,
    IOptions<DiscordGuildOptions> guild,
    IOptions<BotOptions> options,
    ILogger<BotWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var documents = await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
        var application = await rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false);
        var guildId = guild.Value.GuildId is { } id ? new Snowflake(id) : (Snowflake?)null;
        var registered = await registrar.RegisterAsync(application.Id, guildId, [.. commands.Select(c => c.Declaration.Definition)], cancellationToken).ConfigureAwait(false);
        BotLog.Started(logger, registered.Commands.Count, guildId is null ? "global" : "in guild " + guildId, documents);
        gateway.StateChanged += OnGatewayStateChanged;
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        var finished = await scheduler.DrainAsync(options.Value.ShutdownGrace, cancellationToken).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        gateway.StateChanged -= OnGatewayStateChanged;
        BotLog.Stopped(logger, finished ? "every answer in flight finished" : "answers still in flight were cancelled");
    }

    /// <summary>
    /// Runs the gateway until stopped. When Discord rejects the bot token on any REST call (401), the gateway closes and
    /// the worker fails with one line, which stops the host: every further call would be refused and counted.
    /// </summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, tokenStatus.Rejected);
        await gateway.RunAsync(running.Token).ConfigureAwait(false);
        if (tokenStatus.IsRejected && !stoppingToken.IsCancellationRequested)
        {
            throw new InvalidOperationException("Discord rejected the bot token (HTTP 401): the bot stops. Check Discord:Token.");
        }
    }

    private async Task<int> EnsureIndexAsync(CancellationToken cancellationToken)
    {
        int documents;
        try
        {
            if (database.Exists)
            {
                await database.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
            }

            documents = await catalog.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KnowledgeStoreException)
        {
            throw;
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"the index '{database.Path}' cannot be opened: {exception.Message}", exception);
        }

        if (documents > 0 || knowledge.Value.ReadOnly)
        {
            return documents;
        }

        var report = await indexer.ReindexAsync(null, cancellationToken).ConfigureAwait(false);
        BotLog.InitialIndex(logger, report.Added);
        return report.Added + report.Updated + report.Unchanged;
    }

    private void OnGatewayStateChanged(object? sender, GatewayStateChangedEventArgs change)
    {
        if (change.Previous == GatewayState.Connected && change.Current is not (GatewayState.Stopped or GatewayState.Faulted))
        {
            metrics.GatewayReconnected();
        }
    }
}
