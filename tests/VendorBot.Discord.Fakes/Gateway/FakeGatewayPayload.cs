using System.Text.Json;

namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>A payload the fake gateway received from the client.</summary>
/// <param name="Connection">Which connection (1 for the first) it came on.</param>
/// <param name="Op">Its opcode.</param>
/// <param name="Json">The whole payload as sent.</param>
/// <param name="At">When it arrived, since the fake started.</param>
public sealed record FakeGatewayPayload(int Connection, int Op, string Json, TimeSpan At)
{
    /// <summary>The payload's <c>d</c>.</summary>
    public JsonElement Data
    {
        get
        {
            using var document = JsonDocument.Parse(Json);
            return document.RootElement.GetProperty("d").Clone();
        }
    }
}
