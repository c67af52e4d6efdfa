using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VendorBot.Answering.Log;
using VendorBot.Bot;
using VendorBot.Feeds;
using VendorBot.Knowledge;
using VendorBot.State;

namespace VendorBot.Tests.State;

/// <summary>
/// State stores for contract tests: a SQLite file in a temp folder, or a database of its own on the assembly's
/// PostgreSQL cluster. <see cref="OpenAsync"/> can be called again for a second "process" over the same store.
/// </summary>
internal sealed class StateStores(PostgresCluster cluster) : IAsyncDisposable
{
    private readonly List<StateDatabase> _opened = [];
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "vendorbot-state-" + Guid.NewGuid().ToString("N"))).FullName;
    private string? _postgres;

    public static TheoryData<StateProvider> Providers => [StateProvider.Sqlite, StateProvider.PostgreSql];

    public string Folder => _folder;

    /// <summary>The settings a host needs to use this store (for <see cref="StateProvider.PostgreSql"/>, a database of its own).</summary>
    public async Task<Dictionary<string, string?>> SettingsAsync(StateProvider provider)
    {
        return provider == StateProvider.PostgreSql
            ? new() { ["State:Provider"] = "PostgreSql", ["ConnectionStrings:State"] = _postgres ??= await cluster.CreateDatabaseAsync() }
            : new() { ["State:Provider"] = "Sqlite", ["State:DatabasePath"] = Path.Combine(_folder, "state.db") };
    }

    /// <summary>A new accessor (one "process") over the store, with the answering and bot schemas.</summary>
    public async Task<StateDatabase> OpenAsync(StateProvider provider, string? indexPath = null, ILogger<LegacyIndexImport>? logger = null)
    {
        var settings = await SettingsAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new StateOptions { Provider = provider, DatabasePath = settings.GetValueOrDefault("State:DatabasePath") };
        var knowledge = Options.Create(new KnowledgeOptions { DatabasePath = indexPath ?? Path.Combine(_folder, "no-index.db") });
        var database = new StateDatabase(
            Options.Create(options), knowledge, configuration, [AnswerLogSchema.Schema, BotStateSchema.Schema, FeedStateSchema.Schema], new LegacyIndexImport(knowledge, logger ?? NullLogger<LegacyIndexImport>.Instance));
        _opened.Add(database);
        return database;
    }

    /// <summary>A PostgreSQL accessor with no schemas over <paramref name="connectionString"/> (for unreachable or wrong stores).</summary>
    public StateDatabase PostgreSql(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:State"] = connectionString }).Build();
        var knowledge = Options.Create(new KnowledgeOptions { DatabasePath = Path.Combine(_folder, "no-index.db") });
        var database = new StateDatabase(
            Options.Create(new StateOptions { Provider = StateProvider.PostgreSql }), knowledge, configuration, [], new LegacyIndexImport(knowledge, NullLogger<LegacyIndexImport>.Instance));
        _opened.Add(database);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
