using VendorBot.Answering;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot;

/// <summary>Throwaway Discord and answer values for the bot's tests; each test sets only what matters to it.</summary>
internal static class Some
{
    public static readonly Snowflake BotId = new(999);
    public static readonly Snowflake Guild = new(500);
    public static readonly Snowflake Channel = new(600);

    private static long _next = 10_000;

    public static Snowflake Id() => new((ulong)Interlocked.Increment(ref _next));

    public static User Person(ulong id = 42) => new() { Id = new Snowflake(id), Username = $"user{id}" };

    public static User Bot() => new() { Id = BotId, Username = "vendorbot", Bot = true };

    public static Message GuildMessage(string content, User? author = null, Snowflake? channel = null) => new()
    {
        Id = Id(),
        ChannelId = channel ?? Channel,
        GuildId = Guild,
        Author = author ?? Person(),
        Content = content,
    };

    public static Message DirectMessage(string content) => GuildMessage(content) with { GuildId = null };

    public static Citation Citation(int number, string title = "Report on Vendor X", string? url = "https://example.org/report") =>
        new(number, $"p{number}", "doc", title, "Example Times", url, new DateOnly(2024, 5, 1), $"quote {number}", $"passage {number} text");

    public static AnswerResult Answer(string text, params Citation[] citations) => new(
        "ab12cd34",
        "question?",
        "question?",
        text,
        citations,
        citations.Length > 0 ? AnswerOutcome.Answered : AnswerOutcome.NotCovered,
        AnswerMode.Extractive,
        "no model configured",
        new AnswerTimings(TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(3)));
}
