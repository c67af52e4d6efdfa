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

                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Timeline of {name}: {timeline.Count} entries, oldest first"))
                    .ConfigureAwait(false);
                foreach (var entry in timeline)
                {
                    var when = entry.Year?.ToString(CultureInfo.InvariantCulture) ?? "????";
                    var who = entry.Claim is { } claim ? $"{claim.Actor} {ClaimStances.ToText(claim.Stance)}: " : string.Empty;
                    await output.WriteLineAsync($"{when}  {who}“{entry.Quote}”\n      — {ClaimIndex.Source(entry.Document)}").ConfigureAwait(false);
                }

                return CliExitCodes.Success;
            }
        });
        return command;
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
