using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;
using VendorBot.State;

namespace VendorBot.Bot.Settings;

/// <summary>
/// Per-channel settings in the <c>channel_settings</c> table of the state store. With one process (SQLite) they are read
/// once and every change is written to the store and the cache together. With a shared store (PostgreSQL) each channel's
/// row is read through and trusted for <see cref="StateOptions.SharedCacheDuration"/>, so a change made by another
/// process applies here within that time at the latest; <see cref="ChannelSettingsListener"/> makes it apply at once by
/// dropping the cached row when the other process's <c>NOTIFY</c> arrives.
/// </summary>
internal sealed class ChannelSettingsStore(StateDatabase database, TimeProvider time, IOptions<StateOptions> options) : IDisposable
{
    private const string SelectColumns = "SELECT channel_id, auto_answer, ephemeral, cited_only, vendors FROM channel_settings";

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<Snowflake, CachedSettings> _cache = new();
    private volatile bool _loaded;
    private long _generation;

    /// <summary>The PostgreSQL channel on which a saved change is announced, its payload the channel id.</summary>
    public const string ChangeChannel = "vendorbot_channel_settings";

    /// <summary>The settings stored for <paramref name="channelId"/>, or null when nobody configured it.</summary>
    public async Task<ChannelSettings?> FindAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        if (!database.IsShared)
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            return _cache.TryGetValue(channelId, out var known) ? known.Settings : null;
        }

        var now = time.GetUtcNow();
        if (_cache.TryGetValue(channelId, out var cached) && now - cached.ReadAt < options.Value.SharedCacheDuration)
        {
            return cached.Settings;
        }

        // A change announced while this read is on its way may not be in what it returns: then it is not cached.
        var generation = Interlocked.Read(ref _generation);
        var settings = await ReadAsync(channelId, cancellationToken).ConfigureAwait(false);
        if (Interlocked.Read(ref _generation) == generation)
        {
            _cache[channelId] = new CachedSettings(settings, now);
        }

        return settings;
    }

    /// <summary>Forgets what this process read of <paramref name="channelId"/> (another process changed it).</summary>
    public void Invalidate(string channelId)
    {
        Interlocked.Increment(ref _generation);
        if (Snowflake.TryParse(channelId, out var id))
        {
            _cache.TryRemove(id, out _);
        }
        else
        {
            _cache.Clear();
        }
    }

    /// <summary>Forgets everything this process read (changes may have been missed while not listening).</summary>
    public void InvalidateAll()
    {
        Interlocked.Increment(ref _generation);
        _cache.Clear();
    }

    /// <summary>The settings that apply in <paramref name="channelId"/>: its own, else its parent's (a thread's channel), else the defaults.</summary>
    public async Task<ChannelSettings> ResolveAsync(Snowflake channelId, Snowflake? parentId, CancellationToken cancellationToken)
    {
        if (await FindAsync(channelId, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return own;
        }

        return parentId is { } parent && await FindAsync(parent, cancellationToken).ConfigureAwait(false) is { } inherited ? inherited : ChannelSettings.Default;
    }

    /// <summary>Stores <paramref name="settings"/> for <paramref name="channelId"/>; they apply at once in this process.</summary>
    public async Task SaveAsync(Snowflake channelId, Snowflake? guildId, ChannelSettings settings, Snowflake updatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!database.IsShared)
        {
            await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        }

        using var turn = await database.EnterWriteAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await StateSql.ExecuteAsync(
                connection,
                null,
                """
                INSERT INTO channel_settings (channel_id, guild_id, auto_answer, ephemeral, cited_only, vendors, updated_at, updated_by)
                VALUES (@channel, @guild, @auto, @ephemeral, @cited, @vendors, @updated, @by)
                ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, auto_answer = excluded.auto_answer,
                    ephemeral = excluded.ephemeral, cited_only = excluded.cited_only, vendors = excluded.vendors,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by;
                """,
                cancellationToken,
                ("channel", channelId.ToString()),
                ("guild", guildId?.ToString()),
                ("auto", settings.AutoAnswer ? 1 : 0),
                ("ephemeral", settings.Ephemeral ? 1 : 0),
                ("cited", settings.CitedOnly ? 1 : 0),
                ("vendors", JsonSerializer.Serialize(settings.Vendors)),
                ("updated", StateSql.Timestamp(time.GetUtcNow())),
                ("by", updatedBy.ToString())).ConfigureAwait(false);
            if (database.IsShared)
            {
                await StateSql.ExecuteAsync(connection, null, $"SELECT pg_notify('{ChangeChannel}', @channel);", cancellationToken, ("channel", channelId.ToString()))
                    .ConfigureAwait(false);
            }
        }

        _cache[channelId] = new CachedSettings(settings, time.GetUtcNow());
    }

    /// <inheritdoc />
    public void Dispose() => _loading.Dispose();

    private static ChannelSettings Read(DbDataReader reader) => new(
        reader.GetInt64(1) != 0,
        reader.GetInt64(2) != 0,
        reader.GetInt64(3) != 0,
        JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? []);

    private async Task<ChannelSettings?> ReadAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = StateSql.Command(connection, null, SelectColumns + " WHERE channel_id = @channel;", ("channel", channelId.ToString()));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
                }
            }
        }
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_loaded)
        {
            return;
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_loaded)
            {
                await LoadAllAsync(cancellationToken).ConfigureAwait(false);
                _loaded = true;
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = StateSql.Command(connection, null, SelectColumns + ";");
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var now = time.GetUtcNow();
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        _cache[Snowflake.Parse(reader.GetString(0))] = new CachedSettings(Read(reader), now);
                    }
                }
            }
        }
    }

    private sealed record CachedSettings(ChannelSettings? Settings, DateTimeOffset ReadAt);
}
