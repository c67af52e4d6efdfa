namespace VendorBot.Discord.Rest;

/// <summary>
/// Discord's published size limits, checked by the client before any request is sent. The bot uses these to
/// split long answers. Lengths are in UTF-16 characters, as Discord counts them.
/// </summary>
public static class DiscordLimits
{
    /// <summary>Message <c>content</c>: 2,000 characters.</summary>
    public const int MessageContentLength = 2000;

    /// <summary>Embeds per message: 10.</summary>
    public const int EmbedsPerMessage = 10;

    /// <summary>All embed text of one message together (titles, descriptions, field names and values, footers, authors): 6,000.</summary>
    public const int EmbedTotalLength = 6000;

    /// <summary>Embed title: 256.</summary>
    public const int EmbedTitleLength = 256;

    /// <summary>Embed description: 4,096.</summary>
    public const int EmbedDescriptionLength = 4096;

    /// <summary>Fields per embed: 25.</summary>
    public const int EmbedFieldCount = 25;

    /// <summary>Embed field name: 256.</summary>
    public const int EmbedFieldNameLength = 256;

    /// <summary>Embed field value: 1,024.</summary>
    public const int EmbedFieldValueLength = 1024;

    /// <summary>Embed footer text: 2,048.</summary>
    public const int EmbedFooterLength = 2048;

    /// <summary>Embed author name: 256.</summary>
    public const int EmbedAuthorNameLength = 256;

    /// <summary>Action rows per message: 5.</summary>
    public const int ActionRowsPerMessage = 5;

    /// <summary>Buttons per action row: 5.</summary>
    public const int ButtonsPerActionRow = 5;

    /// <summary>Button label: 80.</summary>
    public const int ButtonLabelLength = 80;

    /// <summary>Component <c>custom_id</c>: 100.</summary>
    public const int CustomIdLength = 100;

    /// <summary>Thread name: 1–100.</summary>
    public const int ThreadNameLength = 100;

    /// <summary>Autocomplete choices and command option choices: 25.</summary>
    public const int ChoiceCount = 25;

    /// <summary>Choice name: 1–100.</summary>
    public const int ChoiceNameLength = 100;

    /// <summary>String choice value: 100.</summary>
    public const int ChoiceValueLength = 100;

    /// <summary>Command and option name: 1–32, lower-case where a letter has a lower-case form.</summary>
    public const int CommandNameLength = 32;

    /// <summary>
    /// The docs' pattern for chat-input command and option names, <c>^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$</c>, in
    /// .NET terms: .NET has no script classes, so Devanagari (U+0900–097F, U+A8E0–A8FF) and Thai (U+0E00–0E7F) are
    /// given as ranges, which brings in their combining vowel signs that <c>\p{L}</c> lacks. Lower case is checked
    /// separately.
    /// </summary>
    public const string CommandNamePattern = @"^[-_'\p{L}\p{N}\u0900-\u097F\uA8E0-\uA8FF\u0E00-\u0E7F]{1,32}$";

    /// <summary>Command and option description: 1–100.</summary>
    public const int CommandDescriptionLength = 100;

    /// <summary>Options per command (or sub-command): 25.</summary>
    public const int CommandOptionCount = 25;

    /// <summary>Upper bound of an option's <c>min_length</c>/<c>max_length</c>: 6,000.</summary>
    public const int OptionLengthBound = 6000;

    /// <summary>Chat-input commands per scope (global, or one guild): 100.</summary>
    public const int GlobalCommandCount = 100;

    /// <summary>Users or roles listed in <c>allowed_mentions</c>: 100 each.</summary>
    public const int AllowedMentionIds = 100;
}
