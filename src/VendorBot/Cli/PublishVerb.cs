using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorBot.Hosting;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot publish --out file [--db path]</c>: writes a consistent, compact, read-only copy of the index for bot
/// processes that open it with <c>Knowledge:ReadOnly=true</c>. A running bot reading the target picks the new copy up
/// without a restart.
/// </summary>
internal static class PublishVerb
{
    /// <summary>Creates the <c>publish</c> command.</summary>
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The published file (replaced atomically when it exists).", Required = true };
        var db = DatabaseOption.Create();
        var command = new Command(
            "publish",
            "Publish the index as a compact read-only file that bot processes open with Knowledge:ReadOnly=true (on any machine, from a folder they cannot write).");
        command.Options.Add(output);
        command.Options.Add(db);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            using var host = VendorBotHost.CreateBuilder(DatabaseOption.Overrides(parse.GetValue(db)), LogLevel.Error).Build();
            var database = host.Services.GetRequiredService<KnowledgeDatabase>();
            if (!database.Exists)
            {
                throw new CliUsageException($"the index '{database.Path}' does not exist; build it with 'vendorbot index' first");
            }

            var report = await host.Services.GetRequiredService<IndexPublisher>().PublishAsync(parse.GetValue(output)!, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Published '{database.Path}' to '{report.Path}' in {report.Duration.TotalSeconds:0.00} s: {CliText.Count(report.Documents, "document")}, "
                + $"{CliText.Count(report.Passages, "passage")}, {report.Bytes / 1024.0 / 1024.0:0.0} MB.")).ConfigureAwait(false);
            return CliExitCodes.Success;
        });
        return command;
    }
}
