namespace VendorBot.Discord.Rest;

/// <summary>
/// One concrete REST call: the method, the template (safe to log: ids and tokens stay in <see cref="Path"/>),
/// the path relative to the base URL, and the rate-limit and retry facts about it.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The route template, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="Path">The path relative to the REST base, without a leading slash; may hold a token, never logged.</param>
/// <param name="MajorParameter">The major parameter (channel, guild, webhook id + token) that splits buckets; "" when none.</param>
/// <param name="RequiresAuthorization">False for interaction-token routes, which must not carry the bot token.</param>
/// <param name="GlobalExempt">True for interaction callbacks and webhook routes, which the global limit does not count.</param>
/// <param name="Idempotent">True when repeating the call cannot do harm, so 5xx and network failures are retried.</param>
internal sealed record RestRoute(
    HttpMethod Method,
    string Template,
    string Path,
    string MajorParameter,
    bool RequiresAuthorization = true,
    bool GlobalExempt = false,
    bool Idempotent = false)
{
    /// <summary>The method and template, e.g. <c>POST /channels/{channel_id}/messages</c>.</summary>
    public string Name { get; } = $"{Method.Method} {Template}";
}
