namespace VendorBot.Discord.Gateway;

/// <summary>Builds connection URLs: the given gateway URL with <c>?v=10&amp;encoding=json</c>.</summary>
internal static class GatewayUris
{
    public static Uri ForConnection(string gatewayUrl)
    {
        if (!Uri.TryCreate(gatewayUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "wss" && uri.Scheme != "ws"))
        {
            throw new FormatException($"'{gatewayUrl}' is not a WebSocket URL.");
        }

        return new UriBuilder(uri) { Query = GatewayLimits.ConnectionQuery }.Uri;
    }
}
