using System.Globalization;
using VendorBot.Discord.Fakes.Payloads;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>Throwaway gateway event data, from the doc-shaped fixtures.</summary>
internal static class Some
{
    public static string MessageJson(int id, string content = "who imposed sanctions?") =>
        DiscordEvents.GuildMessage(id.ToString(CultureInfo.InvariantCulture), $"<@900> {content}");
}
