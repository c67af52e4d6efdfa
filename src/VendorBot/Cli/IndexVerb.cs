using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;
using VendorBot.Hosting;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot index [folder] [--db path]</c>: brings the index up to date with a documents folder. Files that cannot be
/// read are listed on stderr with their reasons and skipped; the exit code is still 0 because the index was updated
/// with everything else (the summary line says how many failed). Only when files failed and not one document could be
/// indexed is the exit code 1. A missing folder is a usage error (exit 2).
/// </summary>
internal static class IndexVerb
{
    private const int PlainProgressEvery = 100;

    /// <summary>Creates the <c>index</c> command.</summary>
    public static Command Create()
    {
        var folder = new Argument<string?>("folder")
        {
            Description = "The documents folder (default: Knowledge:DocumentsPath, 'seeds').",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var db = DatabaseOption.Create();
        var command = new Command(
            "index",
            "Index a documents folder: new and changed files are (re)indexed, removed files dropped, unchanged files left alone. "
            + "Unreadable files are listed and skipped; the exit code is 0 when the rest was indexed, 1 when every file failed.");
        command.Arguments.Add(folder);
        command.Options.Add(db);
        CliVerb.SetAction(command, (parse, cancellationToken) =>
            RunAsync(parse.GetValue(folder), parse.GetValue(db), parse.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? folder, string? db, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var overrides = DatabaseOption.Overrides(db);

        using var host = VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
        var options = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        folder = string.IsNullOrWhiteSpace(folder) ? options.DocumentsPath : folder;
        if (!Directory.Exists(folder))
        {
            throw new CliUsageException($"the documents folder '{folder}' does not exist");
        }

        var indexer = host.Services.GetRequiredService<KnowledgeIndexer>();
        var report = CliTerminal.IsInteractive(console.Output)
            ? await RunWithProgressBarAsync(indexer, folder, cancellationToken).ConfigureAwait(false)
            : await indexer.ReindexAsync(folder, new PlainProgress(console.Output), cancellationToken).ConfigureAwait(false);

        foreach (var failure in report.Failures)
        {
            await console.Error.WriteLineAsync($"skipped {failure.Path}: {failure.Reason}").ConfigureAwait(false);
        }

        var database = host.Services.GetRequiredService<KnowledgeDatabase>();
        await console.Output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Indexed '{folder}' into '{database.Path}' in {report.Duration.TotalSeconds:0.00} s: {report.Added} added, {report.Updated} updated, "
            + $"{report.Removed} removed, {report.Unchanged} unchanged, {report.Failed} failed ({report.Passages} passages written).")).ConfigureAwait(false);
        var nothingIndexed = report.Added + report.Updated + report.Unchanged == 0;
        return report.Failed > 0 && nothingIndexed ? CliExitCodes.Failure : CliExitCodes.Success;
    }

    private static Task<ReindexReport> RunWithProgressBarAsync(KnowledgeIndexer indexer, string folder, CancellationToken cancellationToken) =>
        AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Indexing", maxValue: 1);
            var progress = new Progress<IndexProgress>(p =>
            {
                task.MaxValue = Math.Max(p.Total, 1);
                task.Value = p.Processed;
            });
            var report = await indexer.ReindexAsync(folder, progress, cancellationToken).ConfigureAwait(false);
            task.Value = task.MaxValue;
            return report;
        });

    // Redirected output gets a plain line every hundred files instead of a bar.
    private sealed class PlainProgress(TextWriter output) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value)
        {
            if (value.Processed % PlainProgressEvery == 0)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value.Processed}/{value.Total} files read"));
            }
        }
    }
}
