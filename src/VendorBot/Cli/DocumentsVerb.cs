using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge.Articles;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary><c>vendorbot documents [--vendor V] [--db path] [--json]</c>: the indexed documents, newest first, with id, date, title, publisher, vendors and passages.</summary>
internal static class DocumentsVerb
{
    /// <summary>Creates the <c>documents</c> command.</summary>
    public static Command Create()
    {
        var vendor = new Option<string?>("--vendor") { Description = "Only documents about this vendor (case-insensitive)." };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the documents as JSON." };
        var command = new Command("documents", "List the indexed documents, newest first.");
        command.Options.Add(vendor);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(vendor), parse.GetValue(db), parse.GetValue(json), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    /// <summary>One line about a document: title, publisher, date, vendors and passages.</summary>
    public static string Describe(DocumentSummary document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var parts = new List<string> { $"\"{document.Title}\"" };
        if (document.Publisher is not null)
        {
            parts.Add(document.Publisher);
        }

        if (document.Published is not null)
        {
            parts.Add(document.Published);
        }

        parts.Add(document.Vendors.Count > 0 ? $"vendors: {string.Join(", ", document.Vendors)}" : "no vendor detected (edit the front matter)");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{document.Passages} passages"));
        return string.Join(" · ", parts);
    }

    private static async Task<int> RunAsync(string? vendor, string? db, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = VendorBotHost.CreateBuilder(DatabaseOption.Overrides(db), LogLevel.Error).Build();
        var database = host.Services.GetRequiredService<KnowledgeDatabase>();
        if (!database.Exists)
        {
            throw new CliUsageException($"the index '{database.Path}' does not exist; build it with 'vendorbot index'");
        }

        var documents = await host.Services.GetRequiredService<ArticleLibrary>().ListAsync(vendor, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(documents, AskVerb.Json)).ConfigureAwait(false);
            return CliExitCodes.Success;
        }

        if (documents.Count == 0)
        {
            await output.WriteLineAsync(vendor is null ? "No documents." : $"No documents about {vendor}.").ConfigureAwait(false);
            return CliExitCodes.Success;
        }

        foreach (var document in documents)
        {
            await output.WriteLineAsync($"{document.Id}\n    {Describe(document)}").ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents.")).ConfigureAwait(false);
        return CliExitCodes.Success;
    }
}
