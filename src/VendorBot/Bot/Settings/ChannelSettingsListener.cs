using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using VendorBot.State;

namespace VendorBot.Bot.Settings;

/// <summary>
/// With a shared (PostgreSQL) state store, listens on <see cref="ChannelSettingsStore.ChangeChannel"/> and drops the
/// cached settings of a channel another process changed, so the change applies here at once. While the connection is
/// down the store's short cache (<see cref="StateOptions.SharedCacheDuration"/>) still bounds how stale a read can be;
/// on every (re)connect the whole cache is dropped, since changes may have been missed.
/// </summary>
internal sealed class ChannelSettingsListener(
    StateDatabase database, ChannelSettingsStore store, TimeProvider time, ILogger<ChannelSettingsListener> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsShared)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is StateStoreException or NpgsqlException or IOException or TimeoutException)
            {
                BotLog.SettingsListenFailed(logger, BotLimits.SettingsListenRetryDelay.TotalSeconds, exception);
                try
                {
                    await Task.Delay(BotLimits.SettingsListenRetryDelay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenListenerAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            connection.Notification += (_, notification) => store.Invalidate(notification.Payload);
            await StateSql.ExecuteAsync(connection, null, $"LISTEN {ChannelSettingsStore.ChangeChannel};", cancellationToken).ConfigureAwait(false);
            store.InvalidateAll();
            while (true)
            {
                await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
