using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using VendorBot.Hosting;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot remove &lt;id&gt; [--yes] [--documents folder] [--db path]</c>: deletes a document's file from the documents
/// folder and drops it from the index, after a confirmation on a terminal (<c>--yes</c> skips it; without a terminal
/// <c>--yes</c> is required). Answers already given keep their copies of its passages. An unknown id exits 2.
/// </summary>
internal static class RemoveVerb
{
    /// <summary>Creates the <c>remove</c> command.</summary>
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The document id, as 'vendorbot documents' lists it (its path under the documents folder)." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Remove without asking (for scripts)." };
        var documents = DocumentsFolderOption.Create();
        var db = DatabaseOption.Create();
        var command = new Command("remove", "Remove a document from the documents folder and the index (answers already given keep their sources).");
        command.Arguments.Add(id);
        command.Options.Add(yes);
        command.Options.Add(documents);
        command.Options.Add(db);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(id) ?? string.Empty, parse.GetValue(yes), parse.GetValue(documents), parse.GetValue(db),
            parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string id, bool yes, string? documents, string? db, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = VendorBotHost.CreateBuilder(DocumentsFolderOption.Apply(DatabaseOption.Overrides(db), documents), LogLevel.Error).Build();
        var library = host.Services.GetRequiredService<ArticleLibrary>();
        var document = await library.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new CliUsageException($"no document '{id}' in the index (see 'vendorbot documents')");
        if (!yes)
        {
            if (!CliTerminal.IsInteractive(output))
            {
                throw new CliUsageException($"not removing '{id}' without confirmation: pass --yes");
            }

            var confirmed = await AnsiConsole.ConfirmAsync($"Remove {Markup.Escape(id)}: {Markup.Escape(DocumentsVerb.Describe(document))}?", defaultValue: false, cancellationToken)
                .ConfigureAwait(false);
            if (!confirmed)
            {
                await output.WriteLineAsync("Nothing removed.").ConfigureAwait(false);
                return CliExitCodes.Success;
            }
        }

        var removed = await library.RemoveAsync(id, DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(removed is null
            ? $"'{id}' was already gone."
            : $"Removed {id}: \"{removed.Title}\". Answers already given keep their copies of its passages.").ConfigureAwait(false);
        return CliExitCodes.Success;
    }
}
