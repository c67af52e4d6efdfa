namespace VendorBot.Knowledge.Articles;

/// <summary>Links compared as the same article: scheme and host in lower case, no default port, fragment, trailing slash or tracking parameters.</summary>
internal static class ArticleUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid"];

    /// <summary>The comparable form of <paramref name="url"/>, or null when it is not an absolute http(s) link.</summary>
    public static string? Normalise(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingPrefixes.Any(prefix => pair.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var port = uri.IsDefaultPort ? string.Empty : $":{uri.Port}";
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        return $"{host}{port}{path}{(query.Count > 0 ? "?" + string.Join('&', query) : string.Empty)}";
    }
}
