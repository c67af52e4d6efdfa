using System.ComponentModel.DataAnnotations;

namespace VendorBot.Feeds;

/// <summary>Following RSS and Atom feeds (<c>Feeds</c> section).</summary>
public sealed class FeedsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Feeds";

    /// <summary>Time between two polls of a feed. <value>Default 30 min; from 1 min to 1 day.</value></summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Feeds:PollInterval must be between 00:01:00 and 1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Each poll is moved by up to this fraction of the interval, earlier or later, so feeds do not all poll at once. <value>Default 0.1; from 0 to 0.5.</value></summary>
    [Range(0.0, 0.5, ErrorMessage = "Feeds:Jitter must be between 0 and 0.5")]
    public double Jitter { get; set; } = 0.1;

    /// <summary>Longest wait after failures (the interval doubles per consecutive failure up to this). <value>Default 12 h.</value></summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Feeds:MaxBackoff must be between 00:01:00 and 7.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(12);

    /// <summary>New items added per poll of one feed; the rest wait for the next poll. <value>Default 10; from 1 to 100.</value></summary>
    [Range(1, 100, ErrorMessage = "Feeds:MaxItemsPerPoll must be between 1 and 100")]
    public int MaxItemsPerPoll { get; set; } = 10;

    /// <summary>Times an item's article is fetched before it is given up (a page that is not an article is given up at once). <value>Default 3; from 1 to 10.</value></summary>
    [Range(1, 10, ErrorMessage = "Feeds:ItemAttempts must be between 1 and 10")]
    public int ItemAttempts { get; set; } = 3;

    /// <summary>Wait before an item whose fetch failed is tried again, doubled after each failure (up to <see cref="MaxBackoff"/>). <value>Default 1 h; from 1 min to 1 day.</value></summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Feeds:ItemRetryDelay must be between 00:01:00 and 1.00:00:00")]
    public TimeSpan ItemRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The Discord channel where the bot posts what a poll added ("3 new sources: …"). <value>Default none: only logged.</value></summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Feeds:AdminChannelId must be a Discord channel id (digits only)")]
    public string? AdminChannelId { get; set; }
}
