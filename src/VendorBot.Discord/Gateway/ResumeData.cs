using System.Text.Json.Serialization;

namespace VendorBot.Discord.Gateway;

/// <summary>The <c>d</c> of Resume (op 6). Holds the token: never logged.</summary>
internal sealed record ResumeData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("seq")] long? Sequence)
{
    public override string ToString() => $"Resume {{ SessionId = {SessionId}, Seq = {Sequence} }}";
}
