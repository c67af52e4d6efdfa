using System.Globalization;
using System.Text;

namespace VendorBot.GatewayBench;

/// <summary>Realistic MESSAGE_CREATE data: a guild message mentioning the bot, with a member and a reply reference.</summary>
internal static class Payloads
{
    private static readonly string[] Questions =
    [
        "who imposed sanctions on the vendor and when?",
        "was the backdoor allegation confirmed by an independent audit?",
        "what did the regulator say about the data-access dispute?",
        "which cities deployed the safe city system?",
    ];

    public static IReadOnlyList<string> MessageData(int count, int firstId) =>
        [.. Enumerable.Range(firstId, count).Select(Message)];

    private static string Message(int id) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"id":"{{1_200_000_000_000_000_000L + id}}","channel_id":"1100000000000000600","guild_id":"1100000000000000700","author":{"id":"{{1_100_000_000_000_000_800L + (id % 50)}}","username":"asker{{id % 50}}","global_name":"Asker","discriminator":"0"},"member":{"roles":["1100000000000000011"],"joined_at":"2024-05-01T10:00:00.000000+00:00","nick":null},"content":"<@1100000000000000900> {{Questions[id % Questions.Length]}}","mentions":[{"id":"1100000000000000900","username":"VendorBot","bot":true}],"mention_roles":[],"mention_everyone":false,"message_reference":{"message_id":"1199999999999999999","channel_id":"1100000000000000600","guild_id":"1100000000000000700"},"type":19,"timestamp":"2026-01-05T12:00:00.000000+00:00","embeds":[],"components":[],"flags":0}
        """);

    /// <summary>The same payloads as the fake frames them (<c>op</c>, <c>s</c>, <c>t</c>, <c>d</c>), for the floor.</summary>
    public static IReadOnlyList<byte[]> Frames(IReadOnlyList<string> data) =>
        [.. data.Select((d, index) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"op\":0,\"s\":{index + 2},\"t\":\"MESSAGE_CREATE\",\"d\":{d}}}")))];
}
