using System.Globalization;
using System.Text;
using VendorBot.Answering;
using VendorBot.Bot.Interactions;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Bot.Formatting;

/// <summary>Lays an <see cref="AnswerResult"/> out as Discord messages: split text, compact sources embed, buttons.</summary>
internal static class AnswerFormatter
{
    /// <summary>The parts, embed and buttons of <paramref name="answer"/>.</summary>
    public static FormattedAnswer Format(AnswerResult answer)
    {
        var parts = AnswerSplitter.Split(answer.Text, DiscordLimits.MessageContentLength);
        if (answer.Outcome != AnswerOutcome.Answered || answer.Citations.Count == 0)
        {
            return new FormattedAnswer(parts, null, null);
        }

        return new FormattedAnswer(parts, SourcesEmbed(answer), Buttons(answer.AnswerId));
    }

    /// <summary>A streamed, unchecked partial answer as one message text (cut, never split).</summary>
    public static string Partial(string text) => DiscordText.Truncate(text.Trim(), DiscordLimits.MessageContentLength);

    /// <summary>The Sources / Helpful / Not helpful buttons of an answer.</summary>
    public static ActionRow Buttons(string answerId) => new()
    {
        Components =
        [
            new Button { Style = ButtonStyle.Primary, Label = "Sources", CustomId = ComponentIds.For(ComponentKind.Sources, answerId) },
            new Button { Style = ButtonStyle.Success, Label = "Helpful", CustomId = ComponentIds.For(ComponentKind.Helpful, answerId) },
            new Button { Style = ButtonStyle.Secondary, Label = "Not helpful", CustomId = ComponentIds.For(ComponentKind.NotHelpful, answerId) },
        ],
    };

    private static Embed SourcesEmbed(AnswerResult answer)
    {
        var description = new StringBuilder();
        foreach (var citation in answer.Citations.OrderBy(c => c.Number))
        {
            var line = DiscordText.Truncate(SourceLine(citation), BotLimits.SourceLineLength);
            if (description.Length + line.Length + 1 > DiscordLimits.EmbedDescriptionLength)
            {
                break;
            }

            description.Append(line).Append('\n');
        }

        return new Embed
        {
            Title = "Sources",
            Description = description.ToString().TrimEnd(),
            Color = BotLimits.EmbedColor,
            Footer = new EmbedFooter { Text = string.Create(CultureInfo.InvariantCulture, $"Answer {answer.AnswerId} · {answer.Mode.ToString().ToLowerInvariant()}") },
        };
    }

    /// <summary><c>`[1]` [Title](url) — Publisher, 2024-05-01</c>; the title is escaped, the link kept only when it is http(s).
    /// The null-forgiving operator is safe: IsWebUrl is false for null.</summary>
    public static string SourceLine(Citation citation)
    {
        var title = DiscordText.EscapeMarkdown(DiscordText.Truncate(citation.DocumentTitle, DiscordLimits.EmbedTitleLength / 2));
        var link = DiscordText.IsWebUrl(citation.Url) ? $"[{title}]({DiscordText.LinkTarget(citation.Url!)})" : $"**{title}**";
        var about = string.Join(", ", new[] { citation.Publisher, citation.PublishedReadable }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var number = citation.Number.ToString(CultureInfo.InvariantCulture);
        return about.Length == 0 ? $"`[{number}]` {link}" : $"`[{number}]` {link} — {DiscordText.EscapeMarkdown(about)}";
    }
}
