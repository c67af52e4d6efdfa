namespace VendorBot.State;

/// <summary>One step of a feature's state schema, written once per provider (the SQL dialects differ in their DDL).</summary>
/// <param name="Sqlite">The step for SQLite.</param>
/// <param name="PostgreSql">The same step for PostgreSQL.</param>
public sealed record StateMigration(string Sqlite, string PostgreSql)
{
    /// <summary>A step whose SQL reads the same in both dialects.</summary>
    public static StateMigration Portable(string sql) => new(sql, sql);
}
