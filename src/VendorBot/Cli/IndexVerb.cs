using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot index [folder] [--db path] [--allow-removal] [--rebuild] [--wait]</c>: brings the index up to date with
/// a documents folder. Files that cannot be read are listed on stderr with their reasons and skipped; the exit code is
/// still 0 because the index was updated with everything else. Exit 1 when every file failed, when the index is damaged,
/// when another run holds the index, or when the run would remove every document or more than half of them (nothing is
/// changed then; <c>--allow-removal</c> confirms). A missing folder or a path of the wrong kind is a usage error (exit 2).
/// </summary>
internal static class IndexVerb
{
    /// <summary>Creates the <c>index</c> command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The documents folder (default: Knowledge:DocumentsPath, 'seeds').",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = DatabaseOption.Create();
        var allowRemoval = new Option<bool>("--allow-removal")
        {
            Description = "Allow a run that removes every indexed document, or more than half of them (refused otherwise).",
        };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Build a fresh index from the folder beside the old one and swap it in (the fix for a damaged index).",
        };
        var wait = new Option<bool>("--wait") { Description = "Wait for another index run on the same file instead of failing." };
        var command = new Command(
            "index",
            "Index a documents folder: new and changed files are (re)indexed, removed files dropped, unchanged files left alone. "
            + "Unreadable files are listed and skipped; the exit code is 0 when the rest was indexed, 1 when every file failed.");
        command.Arguments.Add(folder);
        command.Options.Add(db);
        command.Options.Add(allowRemoval);
        command.Options.Add(rebuild);
        command.Options.Add(wait);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(
            parse.GetValue(folder),
            parse.GetValue(db),
            new ReindexRequest { AllowRemoval = parse.GetValue(allowRemoval), WaitForLock = parse.GetValue(wait) },
            parse.GetValue(rebuild),
            parse.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string? folder, string? db, ReindexRequest request, bool rebuild, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        using var host = VendorBotHost.CreateBuilder(DatabaseOption.Overrides(db), LogLevel.Error).Build();
        var options = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        folder = string.IsNullOrWhiteSpace(folder) ? options.DocumentsPath : folder;
        CliPaths.RequireFolder(folder, "the documents folder");
        var database = host.Services.GetRequiredService<KnowledgeDatabase>();
        var progress = IndexProgressDisplay.Create(console.Output);

        ReindexReport report;
        if (rebuild)
        {
            report = await RebuildAsync(database, folder, request, progress, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (database.Exists)
            {
                await database.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
            }

            report = await IndexAsync(host, folder, request, progress, cancellationToken).ConfigureAwait(false);
        }

        foreach (var failure in report.Failures)
        {
            await console.Error.WriteLineAsync($"skipped {failure.Path}: {failure.Reason}").ConfigureAwait(false);
        }

        await console.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"{(rebuild ? "Rebuilt" : "Indexed")} '{folder}' into '{database.Path}' in {report.Duration.TotalSeconds:0.00} s: {report.Added} added, {report.Updated} updated, "
            + $"{report.Removed} removed, {report.Unchanged} unchanged, {report.Failed} failed ({CliText.Count(report.Passages, "passage")} written).")).ConfigureAwait(false);
        var nothingIndexed = report.Added + report.Updated + report.Unchanged == 0;
        return report.Failed > 0 && nothingIndexed ? CliExitCodes.Failure : CliExitCodes.Success;
    }

    private static async Task<ReindexReport> IndexAsync(
        IHost host, string folder, ReindexRequest request, IndexProgressDisplay progress, CancellationToken cancellationToken)
    {
        try
        {
            return await progress.RunAsync(
                sink => host.Services.GetRequiredService<KnowledgeIndexer>().ReindexAsync(folder, request, sink, cancellationToken)).ConfigureAwait(false);
        }
        catch (IndexRemovalRefusedException refused)
        {
            throw new CliFailureException(
                $"{refused.Message}.\nIf that is what you want, run it again with --allow-removal; otherwise check the folder ('{Path.GetFullPath(folder)}').",
                refused);
        }
    }

    // A fresh file beside the index, built from the folder, then renamed over it: the old index serves readers until
    // the swap, and a failed or cancelled rebuild leaves it as it was.
    private static async Task<ReindexReport> RebuildAsync(
        KnowledgeDatabase database, string folder, ReindexRequest request, IndexProgressDisplay progress, CancellationToken cancellationToken)
    {
        using var writeLock = await IndexWriteLock.AcquireAsync(database.Path, request.WaitForLock, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        if (database.Exists)
        {
            try
            {
                await using var probe = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (KnowledgeStoreException ex) when (ex.NotAnIndex)
            {
                throw new CliUsageException($"{ex.Message}; --rebuild only replaces VendorBot indexes");
            }
            catch (KnowledgeStoreException)
            {
                // Damaged: exactly what a rebuild is for.
            }
        }

        IndexFileSwap.DeleteFresh(database.Path);
        ReindexReport report;
        var fresh = DatabaseOption.Overrides(IndexFileSwap.FreshPath(database.Path));
        using (var freshHost = VendorBotHost.CreateBuilder(fresh, LogLevel.Error).Build())
        {
            try
            {
                report = await progress.RunAsync(sink => freshHost.Services.GetRequiredService<KnowledgeIndexer>()
                    .ReindexAsync(folder, request with { AllowRemoval = true }, sink, cancellationToken)).ConfigureAwait(false);
            }
            catch
            {
                IndexFileSwap.DeleteFresh(database.Path);
                throw;
            }
        }

        IndexFileSwap.Swap(database.Path);
        return report;
    }
}
