namespace VendorBot.State;

/// <summary>Where the bot's state lives.</summary>
public enum StateProvider
{
    /// <summary>A SQLite file beside the index: one bot process (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by every bot process (<c>ConnectionStrings:State</c>).</summary>
    PostgreSql,
}
