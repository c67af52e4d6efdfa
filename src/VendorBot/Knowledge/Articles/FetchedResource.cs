using System.Net;

namespace VendorBot.Knowledge.Articles;

/// <summary>What a fetch brought back: the final address after redirects, the body and its type, and the validators.</summary>
/// <param name="Uri">The address the body came from (after redirects).</param>
/// <param name="Status">200 (or another 2xx), or 304 when the caller's copy is current (then the body is empty).</param>
/// <param name="MediaType">The media type, lower case, without parameters; null for a 304.</param>
/// <param name="Body">The body bytes (at most <c>Documents:MaxDownloadBytes</c>).</param>
public sealed record FetchedResource(Uri Uri, HttpStatusCode Status, string? MediaType, byte[] Body)
{
    /// <summary>The charset the server declared, if any.</summary>
    public string? Charset { get; init; }

    /// <summary>The response's ETag, if any.</summary>
    public string? ETag { get; init; }

    /// <summary>The response's Last-Modified, if any.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>True for a 304: nothing changed since the validators the caller sent.</summary>
    public bool NotModified => Status == HttpStatusCode.NotModified;
}
