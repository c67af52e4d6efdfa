using System.ComponentModel.DataAnnotations;

namespace VendorBot.State;

/// <summary>
/// The state store: what the bot writes (answers log, feedback, channel settings, de-duplication, identify slots),
/// kept apart from the index so no reindex can block an answer and the index can be published read-only.
/// </summary>
public sealed class StateOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "State";

    /// <summary>The name under <c>ConnectionStrings</c> of the PostgreSQL connection string (a secret: never logged).</summary>
    public const string ConnectionStringName = "State";

    /// <summary><see cref="StateProvider.Sqlite"/> (default) or <see cref="StateProvider.PostgreSql"/>.</summary>
    public StateProvider Provider { get; set; } = StateProvider.Sqlite;

    /// <summary>
    /// The SQLite state file. <value>Default: beside the index, named after it (<c>data/vendorbot-state.db</c> for the
    /// default index); <c>data/vendorbot-state.db</c> when the index is opened read-only (its folder may not be writable).</value>
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// With PostgreSQL, how long a process trusts what it read of state that another process may change (channel
    /// settings). <value>Default 1 s; 0 reads through every time; at most 1 min.</value>
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "State:SharedCacheDuration must be between 00:00:00 and 00:01:00")]
    public TimeSpan SharedCacheDuration { get; set; } = TimeSpan.FromSeconds(1);
}
