using System.CommandLine;
using VendorBot.Knowledge;

namespace VendorBot.Cli;

/// <summary>The <c>--db</c> option the verbs share, and the configuration override it becomes.</summary>
internal static class DatabaseOption
{
    /// <summary>A new <c>--db</c> option (each command needs its own instance).</summary>
    public static Option<string?> Create() =>
        new("--db") { Description = "The index file (default: Knowledge:DatabasePath, 'data/vendorbot.db')." };

    /// <summary>Refuses a <c>--db</c> that names a folder, before any work.</summary>
    /// <exception cref="CliUsageException">The path is a directory.</exception>
    public static void Validate(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db) && Directory.Exists(db))
        {
            throw new CliUsageException($"the index path '{db}' is a directory, not a file; give a file path such as '{Path.Combine(db, "vendorbot.db")}'");
        }
    }

    /// <summary><paramref name="settings"/> plus <c>Knowledge:DatabasePath</c> = <paramref name="db"/> when one was given.</summary>
    public static Dictionary<string, string?> Overrides(string? db, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Validate(db);
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!string.IsNullOrWhiteSpace(db))
        {
            overrides[$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.DatabasePath)}"] = db;
        }

        return overrides;
    }
}
