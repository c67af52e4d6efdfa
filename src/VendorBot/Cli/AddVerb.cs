using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge.Articles;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot add &lt;url|file&gt; [--documents folder] [--db path] [--json]</c>: fetches a link (by the fetching rules
/// of <see cref="WebFetcher"/>) or reads a local .md/.txt/.html/.pdf file, extracts the article, writes it as Markdown
/// into the documents folder and indexes it at once. An article already present is reported (exit 0) and not added
/// again. A refused or failing link, or a page without an article, exits 1; a missing file or an unsupported kind, 2.
/// </summary>
internal static class AddVerb
{
    /// <summary>Creates the <c>add</c> command.</summary>
    public static Command Create()
    {
        var source = new Argument<string>("url-or-file") { Description = "An http(s) link to an article, or a local .md, .txt, .html or .pdf file." };
        var documents = DocumentsFolderOption.Create();
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print what was added as JSON." };
        var command = new Command("add", "Add an article by link or file: extracted, written as Markdown into the documents folder and indexed at once.");
        command.Arguments.Add(source);
        command.Options.Add(documents);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(source) ?? string.Empty, parse.GetValue(documents), parse.GetValue(db), parse.GetValue(json),
            parse.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string source, string? documents, string? db, bool json, TextWriter output, CancellationToken cancellationToken)
    {
        var link = ParseLink(source);
        if (link is null)
        {
            if (!File.Exists(source))
            {
                throw new CliUsageException($"'{source}' is neither an http(s) link nor an existing file");
            }

            if (ArticleExtractor.MediaTypeOf(source) is null)
            {
                throw new CliUsageException($"'{Path.GetFileName(source)}' is not a kind of file that is added (.md, .txt, .html, .pdf)");
            }
        }

        using var host = VendorBotHost.CreateBuilder(DocumentsFolderOption.Apply(DatabaseOption.Overrides(db), documents), LogLevel.Error).Build();
        var library = host.Services.GetRequiredService<ArticleLibrary>();
        var outcome = link is not null
            ? await library.AddFromUrlAsync(link, DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false)
            : await library.AddFromFileAsync(source, DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { outcome.Added, outcome.Duplicate, outcome.Document }, AskVerb.Json)).ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync(outcome.Added
                ? $"Added {outcome.Document.Id}: {DocumentsVerb.Describe(outcome.Document)}."
                : $"Already present as {outcome.Document.Id} ({outcome.Duplicate}): {DocumentsVerb.Describe(outcome.Document)}. Nothing added.").ConfigureAwait(false);
        }

        return CliExitCodes.Success;
    }

    private static Uri? ParseLink(string source)
    {
        if (!source.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        if (!Uri.TryCreate(source, UriKind.Absolute, out var uri))
        {
            throw new CliUsageException($"'{source}' is not a valid link");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new CliUsageException($"only http and https links are fetched, not '{uri.Scheme}:'");
        }

        return uri;
    }
}
