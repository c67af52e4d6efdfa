using System.Globalization;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Rest;

/// <summary>Checks message bodies against <see cref="DiscordLimits"/> and throws <see cref="DiscordLimitException"/>.</summary>
public static class MessageValidator
{
    /// <summary>Validates content, embeds, components and allowed mentions of a message.</summary>
    public static void Validate(MessagePayload message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Validate(message.Content, message.Embeds, message.Components, message.AllowedMentions);
    }

    /// <summary>Validates the parts of any message-shaped body (also interaction responses).</summary>
    public static void Validate(string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<ActionRow>? components, AllowedMentions? allowedMentions)
    {
        MaxLength("content", content, DiscordLimits.MessageContentLength);
        ValidateEmbeds(embeds ?? []);
        ValidateComponents(components ?? []);
        if (allowedMentions is not null)
        {
            MaxCount("allowed_mentions.users", allowedMentions.Users?.Count ?? 0, DiscordLimits.AllowedMentionIds);
            MaxCount("allowed_mentions.roles", allowedMentions.Roles?.Count ?? 0, DiscordLimits.AllowedMentionIds);
        }
    }

    /// <summary>
    /// Rejects a new message Discord would refuse as empty (error 50006): it needs content that is not only whitespace,
    /// an embed with something in it, or components.
    /// </summary>
    public static void ValidateNotEmpty(string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<ActionRow>? components)
    {
        if (!string.IsNullOrWhiteSpace(content) || (embeds ?? []).Any(HasText) || (components ?? []).Count > 0)
        {
            return;
        }

        throw new DiscordLimitException("content", "the message is empty (no content, embed or components); Discord rejects an empty message");
    }

    /// <summary>
    /// Rejects an edit that would leave the message empty: content set to nothing with no embed or components given.
    /// Content left null (unchanged) is accepted, as the message keeps what it had.
    /// </summary>
    public static void ValidateEditNotEmpty(string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<ActionRow>? components)
    {
        if (content is not null)
        {
            ValidateNotEmpty(content, embeds, components);
        }
    }

    /// <summary>Validates a thread name (1–100).</summary>
    public static void ValidateThreadName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DiscordLimitException("name", "a thread name must not be empty");
        }

        MaxLength("name", name, DiscordLimits.ThreadNameLength);
    }

    private static bool HasText(Embed embed) =>
        !string.IsNullOrWhiteSpace(embed.Title) || !string.IsNullOrWhiteSpace(embed.Description) || (embed.Fields?.Count ?? 0) > 0
        || !string.IsNullOrWhiteSpace(embed.Footer?.Text) || !string.IsNullOrWhiteSpace(embed.Author?.Name);

    private static void ValidateEmbeds(IReadOnlyList<Embed> embeds)
    {
        MaxCount("embeds", embeds.Count, DiscordLimits.EmbedsPerMessage);
        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var embed = embeds[i];
            var at = $"embeds[{i}]";
            total += MaxLength(at + ".title", embed.Title, DiscordLimits.EmbedTitleLength)
                + MaxLength(at + ".description", embed.Description, DiscordLimits.EmbedDescriptionLength)
                + MaxLength(at + ".footer.text", embed.Footer?.Text, DiscordLimits.EmbedFooterLength)
                + MaxLength(at + ".author.name", embed.Author?.Name, DiscordLimits.EmbedAuthorNameLength);
            var fields = embed.Fields ?? [];
            MaxCount(at + ".fields", fields.Count, DiscordLimits.EmbedFieldCount);
            for (var f = 0; f < fields.Count; f++)
            {
                total += MaxLength($"{at}.fields[{f}].name", fields[f].Name, DiscordLimits.EmbedFieldNameLength)
                    + MaxLength($"{at}.fields[{f}].value", fields[f].Value, DiscordLimits.EmbedFieldValueLength);
            }
        }

        if (total > DiscordLimits.EmbedTotalLength)
        {
            throw new DiscordLimitException("embeds", Format($"all embed text together is {total} characters; Discord allows at most {DiscordLimits.EmbedTotalLength}"));
        }
    }

    private static void ValidateComponents(IReadOnlyList<ActionRow> rows)
    {
        MaxCount("components", rows.Count, DiscordLimits.ActionRowsPerMessage);
        for (var r = 0; r < rows.Count; r++)
        {
            MaxCount($"components[{r}].components", rows[r].Components.Count, DiscordLimits.ButtonsPerActionRow);
            for (var b = 0; b < rows[r].Components.Count; b++)
            {
                ValidateButton($"components[{r}].components[{b}]", rows[r].Components[b]);
            }
        }
    }

    private static void ValidateButton(string at, Button button)
    {
        MaxLength(at + ".label", button.Label, DiscordLimits.ButtonLabelLength);
        MaxLength(at + ".custom_id", button.CustomId, DiscordLimits.CustomIdLength);
        if (button.Style == ButtonStyle.Link)
        {
            if (string.IsNullOrEmpty(button.Url) || button.CustomId is not null)
            {
                throw new DiscordLimitException(at, "a link button needs a url and no custom_id");
            }
        }
        else if (string.IsNullOrEmpty(button.CustomId) || button.Url is not null)
        {
            throw new DiscordLimitException(at, "a non-link button needs a custom_id and no url");
        }
    }

    internal static int MaxLength(string field, string? value, int limit)
    {
        var length = value?.Length ?? 0;
        if (length > limit)
        {
            throw new DiscordLimitException(field, Format($"{length} characters; Discord allows at most {limit}"));
        }

        return length;
    }

    internal static void MaxCount(string field, int count, int limit)
    {
        if (count > limit)
        {
            throw new DiscordLimitException(field, Format($"{count} items; Discord allows at most {limit}"));
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
