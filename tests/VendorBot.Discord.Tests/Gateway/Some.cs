using System.Globalization;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>Throwaway gateway event data.</summary>
internal static class Some
{
    public static string MessageJson(int id, string content = "who imposed sanctions?") =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{\"id\":\"{id}\",\"channel_id\":\"600\",\"guild_id\":\"700\",\"author\":{{\"id\":\"800\",\"username\":\"asker\"}},\"content\":\"<@900> {content}\",\"mentions\":[{{\"id\":\"900\",\"username\":\"VendorBot\",\"bot\":true}}],\"type\":0}}");
}
