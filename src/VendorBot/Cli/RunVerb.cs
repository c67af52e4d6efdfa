using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorBot.Bot;
using VendorBot.Feeds;
using VendorBot.Hosting;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot run [--db path]</c>: runs the Discord bot until Ctrl+C or SIGTERM. Bad configuration (no token, an option
/// out of range, an unreadable index) stops start-up with one line on stderr and a non-zero exit code.
/// </summary>
internal static class RunVerb
{
    private const string HostLogCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>Creates the <c>run</c> command.</summary>
    public static Command Create()
    {
        var db = DatabaseOption.Create();
        var command = new Command("run", "Run the Discord bot (configure Discord:Token first; see appsettings.example.json).");
        command.Options.Add(db);
        CliVerb.SetAction(command, (parse, cancellationToken) => RunAsync(parse.GetValue(db), cancellationToken));
        return command;
    }

    /// <summary>Builds the bot's host: the VendorBot services plus <see cref="BotServiceCollectionExtensions.AddBot"/>.</summary>
    public static IHost BuildHost(IReadOnlyDictionary<string, string?> overrides, LogLevel minimumLogLevel = LogLevel.Information)
    {
        var builder = VendorBotHost.CreateBuilder(overrides, minimumLogLevel);

        // A start-up failure is reported once, as one line, by CliVerb; the host's own log of it carries a stack trace.
        builder.Logging.AddFilter(HostLogCategory, LogLevel.None);
        builder.Services.AddBot();
        builder.Services.AddFeedPolling();
        return builder.Build();
    }

    private static async Task<int> RunAsync(string? db, CancellationToken cancellationToken)
    {
        var overrides = DatabaseOption.Overrides(db);

        using var host = BuildHost(overrides);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        var worker = host.Services.GetServices<IHostedService>().OfType<BotWorker>().Single();
        if (worker.ExecuteTask is { IsFaulted: true } failed)
        {
            throw failed.Exception.GetBaseException();
        }

        return CliExitCodes.Success;
    }
}
