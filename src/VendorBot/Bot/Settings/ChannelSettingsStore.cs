using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using VendorBot.Discord.Entities;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Bot.Settings;

/// <summary>
/// Per-channel settings in the <c>channel_settings</c> table of the index file, cached in memory: read once, then every
/// change is written to the file and the cache together, so it applies to the next message and survives restarts.
/// </summary>
internal sealed class ChannelSettingsStore(KnowledgeDatabase database, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ConcurrentDictionary<Snowflake, ChannelSettings> _cache = new();
    private volatile bool _loaded;

    /// <summary>The settings stored for <paramref name="channelId"/>, or null when nobody configured it.</summary>
    public async Task<ChannelSettings?> FindAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        return _cache.GetValueOrDefault(channelId);
    }

    /// <summary>The settings that apply in <paramref name="channelId"/>: its own, else its parent's (a thread's channel), else the defaults.</summary>
    public async Task<ChannelSettings> ResolveAsync(Snowflake channelId, Snowflake? parentId, CancellationToken cancellationToken)
    {
        if (await FindAsync(channelId, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return own;
        }

        return parentId is { } parent && _cache.TryGetValue(parent, out var inherited) ? inherited : ChannelSettings.Default;
    }

    /// <summary>Stores <paramref name="settings"/> for <paramref name="channelId"/>; they apply at once.</summary>
    public async Task SaveAsync(Snowflake channelId, Snowflake? guildId, ChannelSettings settings, Snowflake updatedBy, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO channel_settings (channel_id, guild_id, auto_answer, ephemeral, cited_only, vendors, updated_at, updated_by)
                VALUES ($channel, $guild, $auto, $ephemeral, $cited, $vendors, $updated, $by)
                ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, auto_answer = excluded.auto_answer,
                    ephemeral = excluded.ephemeral, cited_only = excluded.cited_only, vendors = excluded.vendors,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by;
                """;
            command.Parameters.AddWithValue("$channel", channelId.ToString());
            command.Parameters.AddWithValue("$guild", (object?)guildId?.ToString() ?? DBNull.Value);
            command.Parameters.AddWithValue("$auto", settings.AutoAnswer);
            command.Parameters.AddWithValue("$ephemeral", settings.Ephemeral);
            command.Parameters.AddWithValue("$cited", settings.CitedOnly);
            command.Parameters.AddWithValue("$vendors", JsonSerializer.Serialize(settings.Vendors));
            command.Parameters.AddWithValue("$updated", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$by", updatedBy.ToString());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _cache[channelId] = settings;
    }

    /// <inheritdoc />
    public void Dispose() => _loading.Dispose();

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
                await LoadAsync(cancellationToken).ConfigureAwait(false);
                _loaded = true;
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT channel_id, auto_answer, ephemeral, cited_only, vendors FROM channel_settings;";
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var vendors = JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [];
                _cache[Snowflake.Parse(reader.GetString(0))] = new ChannelSettings(reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3), vendors);
            }
        }
    }
}
