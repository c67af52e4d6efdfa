using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorBot.Feeds;
using VendorBot.Hosting;
using VendorBot.Knowledge.Articles;
using VendorBot.State;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot feeds add|list|remove|poll</c>: the RSS and Atom feeds the bot follows. <c>add</c> fetches the feed once
/// to check it (by the same fetching rules as <c>vendorbot add</c>) unless <c>--no-check</c>; <c>poll</c> polls every
/// feed now and adds its new items; the bot (<c>vendorbot run</c>) polls them on its own every <c>Feeds:PollInterval</c>.
/// </summary>
internal static class FeedsVerb
{
    /// <summary>Creates the <c>feeds</c> command with its subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("feeds", "Follow RSS and Atom feeds: their new items are added as documents.");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        command.Subcommands.Add(CreatePoll());
        return command;
    }

    private static Option<string?> StateOption() =>
        new("--state") { Description = "The SQLite state store file that holds the feeds (default: State:DatabasePath, beside the index)." };

    private static IHost BuildHost(string? state, string? db = null, string? documents = null)
    {
        var overrides = DocumentsFolderOption.Apply(DatabaseOption.Overrides(db), documents);
        if (!string.IsNullOrWhiteSpace(state))
        {
            overrides[$"{StateOptions.SectionName}:{nameof(StateOptions.DatabasePath)}"] = state;
        }

        return VendorBotHost.CreateBuilder(overrides, LogLevel.Error).Build();
    }

    private static Command CreateAdd()
    {
        var url = new Argument<string>("url") { Description = "The feed's http(s) address." };
        var vendors = new Option<string[]>("--vendor") { Description = "Only add items naming this vendor (repeatable).", AllowMultipleArgumentsPerToken = true };
        var keywords = new Option<string[]>("--keyword") { Description = "Only add items naming this word (repeatable).", AllowMultipleArgumentsPerToken = true };
        var noCheck = new Option<bool>("--no-check") { Description = "Follow without fetching the feed once first." };
        var state = StateOption();
        var command = new Command("add", "Follow a feed (fetched once first to check it is an RSS or Atom feed).");
        command.Arguments.Add(url);
        command.Options.Add(vendors);
        command.Options.Add(keywords);
        command.Options.Add(noCheck);
        command.Options.Add(state);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            if (!Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var link))
            {
                throw new CliUsageException($"'{parse.GetValue(url)}' is not a valid link");
            }

            try
            {
                WebFetcher.CheckLink(link);
            }
            catch (DocumentFetchException ex)
            {
                throw new CliUsageException(ex.Message);
            }

            using var host = BuildHost(parse.GetValue(state));
            string? title = null;
            if (!parse.GetValue(noCheck))
            {
                var probe = await host.Services.GetRequiredService<FeedPoller>().ProbeAsync(link, DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false);
                title = probe.Title;
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    string.Create(CultureInfo.InvariantCulture, $"'{probe.Title}' is a feed with {probe.Items} items.")).ConfigureAwait(false);
            }

            var feed = await host.Services.GetRequiredService<IFeedStore>().AddAsync(
                link, title, Clean(parse.GetValue(vendors)), Clean(parse.GetValue(keywords)), DocumentsFolderOption.Requester, cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"Following feed {feed.Id}: {feed.Url}{Filter(feed)}.")).ConfigureAwait(false);
            return CliExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var json = new Option<bool>("--json") { Description = "Print the feeds as JSON." };
        var state = StateOption();
        var command = new Command("list", "List the followed feeds with their filter, last poll and last error.");
        command.Options.Add(json);
        command.Options.Add(state);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            using var host = BuildHost(parse.GetValue(state));
            var feeds = await host.Services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken).ConfigureAwait(false);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(feeds, AskVerb.Json)).ConfigureAwait(false);
                return CliExitCodes.Success;
            }

            if (feeds.Count == 0)
            {
                await output.WriteLineAsync("No feeds. Follow one with 'vendorbot feeds add <url>'.").ConfigureAwait(false);
            }

            foreach (var feed in feeds)
            {
                var polled = feed.LastPolledAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "never";
                var retrying = feed.RetryingItems == 0 ? string.Empty : $"; {CliText.Count(feed.RetryingItems, "item")} to retry";
                var itemError = feed.LastItemError is null ? string.Empty : $"\n    last item error: {feed.LastItemError}";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{feed.Id}. {feed.Title ?? feed.Url.Host} — {feed.Url}{Filter(feed)}\n    last polled: {polled}{(feed.LastError is null ? string.Empty : $"; last error: {feed.LastError}")}{retrying}{itemError}"))
                    .ConfigureAwait(false);
            }

            return CliExitCodes.Success;
        });
        return command;
    }

    private static Command CreateRemove()
    {
        var id = new Argument<long>("id") { Description = "The feed's number, as 'vendorbot feeds list' shows it." };
        var state = StateOption();
        var command = new Command("remove", "Stop following a feed (documents already added stay).");
        command.Arguments.Add(id);
        command.Options.Add(state);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            using var host = BuildHost(parse.GetValue(state));
            if (!await host.Services.GetRequiredService<IFeedStore>().RemoveAsync(parse.GetValue(id), cancellationToken).ConfigureAwait(false))
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"no feed {parse.GetValue(id)} (see 'vendorbot feeds list')"));
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"No longer following feed {parse.GetValue(id)}; documents already added stay.")).ConfigureAwait(false);
            return CliExitCodes.Success;
        });
        return command;
    }

    private static Command CreatePoll()
    {
        var state = StateOption();
        var documents = DocumentsFolderOption.Create();
        var db = DatabaseOption.Create();
        var command = new Command("poll", "Poll every followed feed now and add its new items.");
        command.Options.Add(state);
        command.Options.Add(documents);
        command.Options.Add(db);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            using var host = BuildHost(parse.GetValue(state), parse.GetValue(db), parse.GetValue(documents));
            var poller = host.Services.GetRequiredService<FeedPoller>();
            var output = parse.InvocationConfiguration.Output;
            var failed = 0;
            foreach (var feed in await host.Services.GetRequiredService<IFeedStore>().ListAsync(cancellationToken).ConfigureAwait(false))
            {
                var report = await poller.PollAsync(feed, cancellationToken).ConfigureAwait(false);
                failed += report.Failed ? 1 : 0;
                var outcome = report.Failed ? $"failed: {report.Feed.LastError}"
                    : report.NotModified ? "not modified"
                    : string.Create(CultureInfo.InvariantCulture, $"{report.Added.Count} added, {report.Skipped.Count} skipped");
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{feed.Id}. {report.Feed.Title ?? feed.Url.Host}: {outcome}")).ConfigureAwait(false);
                foreach (var document in report.Added)
                {
                    await output.WriteLineAsync($"    + {document.Id}: {DocumentsVerb.Describe(document)}").ConfigureAwait(false);
                }
            }

            return failed > 0 ? CliExitCodes.Failure : CliExitCodes.Success;
        });
        return command;
    }

    private static List<string> Clean(string[]? values) =>
        (values ?? []).Select(value => value.Trim()).Where(value => value.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Filter(Feed feed)
    {
        var parts = new List<string>();
        if (feed.Vendors.Count > 0)
        {
            parts.Add($"vendors: {string.Join(", ", feed.Vendors)}");
        }

        if (feed.Keywords.Count > 0)
        {
            parts.Add($"keywords: {string.Join(", ", feed.Keywords)}");
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join("; ", parts)})";
    }
}
