namespace VendorBot.Knowledge.Articles;

/// <summary>One link to fetch, on whose behalf (logged), with optional validators for a conditional GET.</summary>
/// <param name="Uri">The absolute http or https link.</param>
/// <param name="Requester">Who asked, for the log (<c>cli</c>, <c>discord:1234</c>, <c>feed:7</c>); never a secret.</param>
public sealed record FetchRequest(Uri Uri, string Requester)
{
    /// <summary>Media types accepted for this fetch; null for <see cref="DocumentsOptions.EffectiveContentTypes"/>.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>The ETag of the copy the caller has (sent as <c>If-None-Match</c>).</summary>
    public string? ETag { get; init; }

    /// <summary>The <c>Last-Modified</c> of the copy the caller has (sent as <c>If-Modified-Since</c>).</summary>
    public DateTimeOffset? LastModified { get; init; }
}
