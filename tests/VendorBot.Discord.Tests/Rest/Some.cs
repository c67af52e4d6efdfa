using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Tests.Rest;

/// <summary>Throwaway values for tests.</summary>
internal static class Some
{
    public static readonly Snowflake Channel = new(600);
    public static readonly Snowflake OtherChannel = new(601);
    public static readonly Snowflake Application = new(1000);

    public static MessagePayload Message(string content = "hello") => new() { Content = content };

    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
