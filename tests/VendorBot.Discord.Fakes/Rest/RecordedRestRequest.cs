namespace VendorBot.Discord.Fakes.Rest;

/// <summary>One REST request the fake received, and what it answered.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path after <c>/api/v10/</c>, e.g. <c>channels/600/messages</c>.</param>
/// <param name="Headers">Request headers (first value of each), case-insensitive.</param>
/// <param name="Body">The request body as text ("" when none).</param>
/// <param name="ReceivedAt">When the request arrived (system clock).</param>
/// <param name="Status">The status the fake answered.</param>
public sealed record RecordedRestRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt,
    int Status)
{
    /// <summary>The Authorization header, or null when the request carried none.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;
}
