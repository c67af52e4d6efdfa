using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot timeline &lt;vendor&gt; [--json] [--db path]</c>: the dated events and attributed claims about a vendor
/// across all documents, oldest first, each cited with its document title, publisher, date and the exact quote.
/// An unknown vendor is a usage error that lists the vendors covered.
/// </summary>
internal static class TimelineVerb
{
    /// <summary>Creates the <c>timeline</c> command.</summary>
    public static Command Create()
    {
        var vendor = new Argument<string>("vendor") { Description = "The vendor (case-insensitive), e.g. Huawei." };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the timeline as JSON." };
        var command = new Command("timeline", "The dated events and claims about a vendor, oldest first, each cited.");
        command.Arguments.Add(vendor);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            var (host, claims, name) = await ClaimIndex.OpenAsync(parse.GetValue(db), parse.GetValue(vendor) ?? string.Empty, cancellationToken)
                .ConfigureAwait(false);
            using (host)
            {
                var timeline = await claims.TimelineAsync(name, cancellationToken).ConfigureAwait(false);
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(timeline.Select(ToJson), AskVerb.Json)).ConfigureAwait(false);
                    return CliExitCodes.Success;
                }

                await WriteAsync(output, name, timeline, TerminalStyle.For(output)).ConfigureAwait(false);
                return CliExitCodes.Success;
            }
        });
        return command;
    }

    /// <summary>
    /// The timeline for people: a heading per year, oldest first, then the entries no year could be given under
    /// "undated"; each entry says who says what, quotes once, and names its source.
    /// </summary>
    public static async Task WriteAsync(TextWriter output, string vendor, IReadOnlyList<TimelineEntry> timeline, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        var plain = style with { Colour = false };
        await output.WriteLineAsync($"Timeline of {vendor}: {CliText.Count(timeline.Count, "entry", "entries")}, oldest first").ConfigureAwait(false);
        foreach (var year in timeline.GroupBy(e => e.Year).OrderBy(g => g.Key is null).ThenBy(g => g.Key))
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync(year.Key?.ToString(CultureInfo.InvariantCulture) ?? "undated").ConfigureAwait(false);
            foreach (var entry in year)
            {
                var who = entry.Claim is { } claim ? $"{ClaimWording.Says(claim.Actor, claim.Stance)}: " : string.Empty;
                await output.WriteLineAsync(TerminalText.Format($"{who}“{entry.Quote}”", plain, "  ", "    ")).ConfigureAwait(false);
                await output.WriteLineAsync(TerminalText.Format($"— {ClaimIndex.Source(entry.Document)}", plain, "    ", "      ")).ConfigureAwait(false);
            }
        }
    }

    private static object ToJson(TimelineEntry entry) => new
    {
        year = entry.Year,
        actor = entry.Claim?.Actor,
        stance = entry.Claim is { } claim ? ClaimStances.ToText(claim.Stance) : null,
        quote = entry.Quote,
        passageId = entry.PassageId,
        document = new { entry.Document.Id, entry.Document.Title, entry.Document.Publisher, entry.Document.Url, entry.Document.PublishedOn },
    };
}
