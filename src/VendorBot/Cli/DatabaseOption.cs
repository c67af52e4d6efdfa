using System.CommandLine;
using VendorBot.Knowledge;

namespace VendorBot.Cli;

/// <summary>The <c>--db</c> option the verbs share, and the configuration override it becomes.</summary>
internal static class DatabaseOption
{
    /// <summary>A new <c>--db</c> option (each command needs its own instance).</summary>
    public static Option<string?> Create() =>
        new("--db") { Description = "The index file (default: Knowledge:DatabasePath, 'data/vendorbot.db')." };

    /// <summary><paramref name="settings"/> plus <c>Knowledge:DatabasePath</c> = <paramref name="db"/> when one was given.</summary>
    public static Dictionary<string, string?> Overrides(string? db, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (!string.IsNullOrWhiteSpace(db))
        {
            overrides[$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.DatabasePath)}"] = db;
        }

        return overrides;
    }
}
