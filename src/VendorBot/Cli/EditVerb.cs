using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot edit &lt;id&gt; [--title] [--publisher] [--published] [--vendors a,b] [--documents folder] [--db path]</c>:
/// rewrites a Markdown document's front matter and reindexes it, as <c>/documents edit</c> does. An unknown id or nothing
/// to change exits 2; an invalid value or an edit that cannot be indexed exits 1 and changes nothing.
/// </summary>
internal static class EditVerb
{
    /// <summary>Creates the <c>edit</c> command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The document id, as 'vendorbot documents' lists it." };
        var title = new Option<string?>("--title") { Description = "The new title." };
        var publisher = new Option<string?>("--publisher") { Description = "The new publisher." };
        var published = new Option<string?>("--published") { Description = "The publication date: yyyy-MM-dd, or yyyy-MM for a month." };
        var vendors = new Option<string?>("--vendors") { Description = "The vendors it is about, comma-separated (replaces the list)." };
        var documents = DocumentsFolderOption.Create();
        var db = DatabaseOption.Create();
        var command = new Command("edit", "Correct a Markdown document's title, publisher, date or vendors and reindex it.");
        command.Arguments.Add(id);
        command.Options.Add(title);
        command.Options.Add(publisher);
        command.Options.Add(published);
        command.Options.Add(vendors);
        command.Options.Add(documents);
        command.Options.Add(db);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(id) ?? string.Empty,
            new DocumentEdit(
                parse.GetValue(title), parse.GetValue(publisher), parse.GetValue(published),
                parse.GetValue(vendors)?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            parse.GetValue(documents), parse.GetValue(db), parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string id, DocumentEdit edit, string? documents, string? db, TextWriter output, CancellationToken cancellationToken)
    {
        if (edit.IsEmpty)
        {
            throw new CliUsageException("nothing to change: give --title, --publisher, --published or --vendors");
        }

        using var host = VendorBotHost.CreateBuilder(DocumentsFolderOption.Apply(DatabaseOption.Overrides(db), documents), LogLevel.Error).Build();
        var library = host.Services.GetRequiredService<ArticleLibrary>();
        var edited = await library.EditAsync(id, edit, DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false)
            ?? throw new CliUsageException($"no document '{id}' in the index (see 'vendorbot documents')");
        await output.WriteLineAsync($"Edited {id}: {DocumentsVerb.Describe(edited)}.").ConfigureAwait(false);
        return CliExitCodes.Success;
    }
}
