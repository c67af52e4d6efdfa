using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge;

namespace VendorBot.State;

/// <summary>
/// Moves the state an older VendorBot kept in the index file (answers log, feedback, channel settings) into the state
/// store, once: rows are copied in one state transaction (a row already there is kept, so an interrupted move can run
/// again), then the index's tables are dropped. Reported in one log line. A read-only or missing index is left alone.
/// </summary>
internal sealed class LegacyIndexImport(IOptions<KnowledgeOptions> knowledge, ILogger<LegacyIndexImport> logger)
{
    public async Task ImportAsync(DbConnection state, IReadOnlyList<StateSchema> schemas, string stateDescription, CancellationToken cancellationToken)
    {
        var options = knowledge.Value;
        var indexPath = Path.GetFullPath(options.DatabasePath);
        if (options.ReadOnly || !File.Exists(indexPath))
        {
            return;
        }

        var index = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = indexPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await using (index.ConfigureAwait(false))
        {
            await index.OpenAsync(cancellationToken).ConfigureAwait(false);
            var present = await TablesAsync(index, cancellationToken).ConfigureAwait(false);
            var tables = schemas.SelectMany(s => s.LegacyTables).Where(t => present.Contains(t.Name)).ToList();
            if (tables.Count == 0)
            {
                return;
            }

            var moved = new List<string>();
            var transaction = await state.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var table in tables)
                {
                    var rows = await CopyAsync(index, state, transaction, table, cancellationToken).ConfigureAwait(false);
                    moved.Add($"{rows} {table.Name}");
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var drop = index.BeginTransaction();
            await using (drop.ConfigureAwait(false))
            {
                foreach (var table in Enumerable.Reverse(tables))
                {
                    await StateSql.ExecuteAsync(index, drop, $"DROP TABLE \"{table.Name}\";", cancellationToken).ConfigureAwait(false);
                }

                await drop.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var summary = string.Join(", ", moved);
            StateLog.LegacyMoved(logger, indexPath, stateDescription, summary);
        }
    }

    private static async Task<HashSet<string>> TablesAsync(SqliteConnection index, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var command = index.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table';";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<int> CopyAsync(SqliteConnection index, DbConnection state, DbTransaction transaction, LegacyTable table, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns);
        var insert = StateSql.Command(
            state,
            transaction,
            $"INSERT INTO {table.Name} ({columns}) VALUES ({string.Join(", ", table.Columns.Select(c => "@" + c))}) ON CONFLICT DO NOTHING;");
        await using (insert.ConfigureAwait(false))
        {
            using var select = index.CreateCommand();
            select.CommandText = $"SELECT {columns} FROM {table.Name} ORDER BY rowid;";
            using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = 0;
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                insert.Parameters.Clear();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    var parameter = insert.CreateParameter();
                    parameter.ParameterName = table.Columns[i];
                    parameter.Value = reader.GetValue(i);
                    insert.Parameters.Add(parameter);
                }

                rows += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return rows;
        }
    }
}
