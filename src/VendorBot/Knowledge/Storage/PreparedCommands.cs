using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>Prepared commands for the many-row writes of a reindex: compiled once, run per row with new values.</summary>
internal static class PreparedCommands
{
    /// <summary>Creates a prepared command in <paramref name="transaction"/> with one empty parameter per name.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
