using System.Data.Common;

namespace VendorBot.State;

/// <summary>
/// Commands that run unchanged on both providers: <c>@name</c> parameters, TEXT timestamps (ISO 8601 UTC), INTEGER
/// flags, <c>ON CONFLICT</c> upserts. Only DDL differs (see <see cref="StateMigration"/>).
/// </summary>
public static class StateSql
{
    /// <summary>A command on <paramref name="connection"/> (in <paramref name="transaction"/> when given) with its parameters.</summary>
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs <paramref name="sql"/> and returns the rows changed.</summary>
    public static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(connection, transaction, sql, parameters);
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A timestamp as stored: ISO 8601 in UTC, so text order is time order.</summary>
    public static string Timestamp(DateTimeOffset value) => value.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a stored timestamp.</summary>
    public static DateTimeOffset ParseTimestamp(string value) =>
        DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
}
