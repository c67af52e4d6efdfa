using System.CommandLine;
using System.Text.Json;
using VendorBot.Answering.Extractive;
using VendorBot.Knowledge.Claims;

namespace VendorBot.Cli;

/// <summary>
/// <c>vendorbot claims &lt;vendor&gt; [topic] [--json] [--db path]</c>: the attributed statements about a vendor, grouped by
/// stance (alleged, denied, confirmed, reported), each with its actor and citation; a topic keeps the sentences that
/// share a content word with it.
/// </summary>
internal static class ClaimsVerb
{
    /// <summary>Creates the <c>claims</c> command.</summary>
    public static Command Create()
    {
        var vendor = new Argument<string>("vendor") { Description = "The vendor (case-insensitive), e.g. Huawei." };
        var topic = new Argument<string?>("topic") { Description = "Only claims about this topic (e.g. backdoor).", Arity = ArgumentArity.ZeroOrOne };
        var db = DatabaseOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the claims as JSON." };
        var command = new Command("claims", "Who claims what about a vendor, grouped by stance, each cited.");
        command.Arguments.Add(vendor);
        command.Arguments.Add(topic);
        command.Options.Add(db);
        command.Options.Add(json);
        CliVerb.SetAction(command, async (parse, cancellationToken) =>
        {
            var (host, catalog, name) = await ClaimIndex.OpenAsync(parse.GetValue(db), parse.GetValue(vendor) ?? string.Empty, cancellationToken)
                .ConfigureAwait(false);
            using (host)
            {
                var claims = ClaimTopicFilter.Filter(await catalog.ListClaimsAsync(name, cancellationToken).ConfigureAwait(false), parse.GetValue(topic));
                var output = parse.InvocationConfiguration.Output;
                if (parse.GetValue(json))
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(claims.Select(ToJson), AskVerb.Json)).ConfigureAwait(false);
                    return CliExitCodes.Success;
                }

                await WriteAsync(output, name, claims, TerminalStyle.For(output)).ConfigureAwait(false);
                return CliExitCodes.Success;
            }
        });
        return command;
    }

    /// <summary>The claims for people: grouped by stance, each with its actor, the quote once, and its source.</summary>
    public static async Task WriteAsync(TextWriter output, string vendor, IReadOnlyList<SourcedClaim> claims, TerminalStyle style)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(claims);
        var plain = style with { Colour = false };
        await output.WriteLineAsync($"{CliText.Count(claims.Count, "claim")} about {vendor}").ConfigureAwait(false);
        foreach (var group in ClaimStances.DisplayOrder)
        {
            var members = claims.Where(c => c.Claim.Stance == group).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            await output.WriteLineAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{ClaimStances.Heading(group)}:").ConfigureAwait(false);
            foreach (var (claim, document) in members)
            {
                await output.WriteLineAsync(TerminalText.Format($"{ClaimWording.Actor(claim.Actor)}: “{claim.Sentence}”", plain, "  - ", "    ")).ConfigureAwait(false);
                await output.WriteLineAsync(TerminalText.Format($"— {ClaimIndex.Source(document)}", plain, "    ", "      ")).ConfigureAwait(false);
            }
        }
    }

    private static object ToJson(SourcedClaim claim) => new
    {
        actor = claim.Claim.Actor,
        stance = ClaimStances.ToText(claim.Claim.Stance),
        target = claim.Claim.Target,
        quote = claim.Claim.Sentence,
        passageId = claim.Claim.PassageId,
        start = claim.Claim.Start,
        end = claim.Claim.End,
        document = new { claim.Document.Id, claim.Document.Title, claim.Document.Publisher, claim.Document.Url, claim.Document.PublishedOn },
    };
}
