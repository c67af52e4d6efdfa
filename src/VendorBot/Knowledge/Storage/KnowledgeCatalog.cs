using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace VendorBot.Knowledge.Storage;

/// <summary>Small read queries over the index for the bot and the CLI: counts, vendors, a passage or a document by id.</summary>
public sealed class KnowledgeCatalog(KnowledgeDatabase database)
{
    /// <summary>Number of indexed documents.</summary>
    public async Task<int> CountDocumentsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = StorageSql.CountDocuments;
        var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    /// <summary>Vendors with the number of documents about each, most documents first.</summary>
    public async Task<IReadOnlyList<VendorDocumentCount>> ListVendorsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = StorageSql.SelectVendorCounts;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var vendors = new List<VendorDocumentCount>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            vendors.Add(new VendorDocumentCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return vendors;
    }

    /// <summary>The passage with this id (<c>{DocumentId}#{Ordinal}</c>), or null.</summary>
    public async Task<Passage?> GetPassageAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = StorageSql.SelectPassage;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new Passage(
            reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetString(6));
    }

    /// <summary>The metadata of the document with this id, or null.</summary>
    public async Task<DocumentInfo?> GetDocumentAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = StorageSql.SelectDocumentInfo;
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadDocumentInfo(reader) : null;
    }

    /// <summary>Maps a row of <c>id, title, publisher, url, published_on, vendors</c> to a <see cref="DocumentInfo"/>.</summary>
    internal static DocumentInfo ReadDocumentInfo(SqliteDataReader reader)
    {
        var published = PublishedDates.Parse(reader.IsDBNull(4) ? null : reader.GetString(4));
        return new(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            published?.Date,
            JsonSerializer.Deserialize<List<string>>(reader.GetString(5)) ?? [])
        {
            PublishedPrecision = published?.Precision ?? DatePrecision.Day,
        };
    }
}
