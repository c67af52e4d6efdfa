using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Fetches links on behalf of admins and feeds without becoming a way into the bot's network (SSRF): http and https
/// only, no user names or passwords in links, no proxy, every connection made by <see cref="ConnectionGuard"/> to the
/// address it checked (so DNS cannot answer differently between check and connect), redirects followed by hand and
/// each one checked again (at most <c>Documents:MaxRedirects</c>), the body capped while it streams, one timeout for
/// the whole fetch, media types from a list. Every fetch is logged with who asked, the link's host and path, and the outcome.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private const string Accept = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1";

    private readonly DocumentsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WebFetcher> _logger;
    private readonly HttpClient _client;

    /// <summary>Creates the fetcher with its own connection pool.</summary>
    public WebFetcher(IOptions<DocumentsOptions> options, IHostResolver resolver, TimeProvider time, ILogger<WebFetcher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
        var guard = new ConnectionGuard(
            new AddressPolicy([.. _options.AllowedNetworks.Select(network => IPNetwork.Parse(network))]),
            [.. _options.AllowedHosts],
            resolver);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.FetchTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context.DnsEndPoint, cancellationToken),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
    }

    /// <summary>Fetches <paramref name="request"/>'s link, following checked redirects.</summary>
    /// <exception cref="DocumentFetchException">The link was refused, the server failed, or the body is too large, too slow or of a refused type.</exception>
    public Task<FetchedResource> FetchAsync(FetchRequest request, CancellationToken cancellationToken) =>
        FetchCoreAsync(request, hostCheck: null, cancellationToken);

    /// <summary>Downloads an attachment: like <see cref="FetchAsync"/>, but only from <c>Documents:AttachmentHosts</c> (redirects included).</summary>
    /// <exception cref="DocumentFetchException">The host is not an attachment host, or the download failed.</exception>
    public Task<FetchedResource> FetchAttachmentAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hosts = _options.EffectiveAttachmentHosts;
        return FetchCoreAsync(
            request,
            uri => hosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase)
                ? null
                : $"attachments are only downloaded from {string.Join(", ", hosts)} (Documents:AttachmentHosts), not from '{uri.Host}'",
            cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    /// <summary>Checks a link's form before anything is connected: absolute, http or https, no user name or password.</summary>
    /// <exception cref="DocumentFetchException">The link is refused.</exception>
    public static void CheckLink(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri)
        {
            throw new DocumentFetchException("the link must be absolute (https://...)");
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new DocumentFetchException($"only http and https links are fetched, not '{uri.Scheme}:'");
        }

        if (uri.UserInfo.Length > 0)
        {
            throw new DocumentFetchException("links with a user name or password are refused");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new DocumentFetchException("the link has no host");
        }
    }

    /// <summary>The link as logged: scheme, host, port and path; no user info, query or fragment (they may carry tokens).</summary>
    internal static string ForLog(Uri uri) =>
        uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "(relative link)";

    private async Task<FetchedResource> FetchCoreAsync(FetchRequest request, Func<Uri, string?>? hostCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        using var timeout = new CancellationTokenSource(_options.FetchTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var uri = request.Uri;
        try
        {
            for (var hop = 0; ; hop++)
            {
                CheckLink(uri);
                if (hostCheck?.Invoke(uri) is { } refusal)
                {
                    throw new DocumentFetchException(refusal);
                }

                using var message = BuildRequest(request, uri);
                using var response = await SendAsync(message, linked.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= _options.MaxRedirects)
                    {
                        throw new DocumentFetchException($"too many redirects (more than {_options.MaxRedirects})");
                    }

                    var location = response.Headers.Location
                        ?? throw new DocumentFetchException($"the server answered {(int)response.StatusCode} without a Location");
                    var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                    FetchLog.Redirected(_logger, request.Requester, uri, next, (int)response.StatusCode);
                    uri = next;
                    continue;
                }

                var result = await ReadAsync(request, uri, response, linked.Token).ConfigureAwait(false);
                FetchLog.Fetched(
                    _logger, request.Requester, request.Uri, uri, (int)result.Status, result.MediaType, result.Body.Length,
                    (long)_time.GetElapsedTime(started).TotalMilliseconds);
                return result;
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var failure = new DocumentFetchException(
                string.Create(CultureInfo.InvariantCulture, $"timed out after {_options.FetchTimeout.TotalSeconds:0} s (Documents:FetchTimeout)"), ex);
            FetchLog.Failed(_logger, request.Requester, request.Uri, uri, failure.Message);
            throw failure;
        }
        catch (DocumentFetchException ex)
        {
            FetchLog.Failed(_logger, request.Requester, request.Uri, uri, ex.Message);
            throw;
        }
    }

    private static HttpRequestMessage BuildRequest(FetchRequest request, Uri uri)
    {
        var message = new HttpRequestMessage(HttpMethod.Get, uri);
        message.Headers.Accept.ParseAdd(Accept);
        if (request.ETag is { Length: > 0 } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            message.Headers.IfNoneMatch.Add(tag);
        }

        if (request.LastModified is { } modified)
        {
            message.Headers.IfModifiedSince = modified;
        }

        return message;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
            {
                if (inner is DocumentFetchException refused)
                {
                    throw new DocumentFetchException(refused.Message, ex);
                }
            }

            throw new DocumentFetchException($"cannot reach '{message.RequestUri?.Host}': {ex.Message}", ex);
        }
    }

    private async Task<FetchedResource> ReadAsync(FetchRequest request, Uri uri, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchedResource(uri, response.StatusCode, null, []) { ETag = request.ETag, LastModified = request.LastModified };
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new DocumentFetchException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        var allowed = request.ContentTypes ?? _options.EffectiveContentTypes;
        if (mediaType is null || !allowed.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new DocumentFetchException($"the content type '{mediaType ?? "(none)"}' is not accepted (accepted: {string.Join(", ", allowed)})");
        }

        var max = _options.MaxDownloadBytes;
        if (response.Content.Headers.ContentLength > max)
        {
            throw TooLarge(max);
        }

        var body = await ReadCappedAsync(response.Content, max, cancellationToken).ConfigureAwait(false);
        return new FetchedResource(uri, response.StatusCode, mediaType, body)
        {
            Charset = response.Content.Headers.ContentType?.CharSet,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
        };
    }

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long max, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > max)
                    {
                        throw TooLarge(max);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            catch (IOException ex)
            {
                throw new DocumentFetchException($"the connection broke while reading the body: {ex.Message}", ex);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            return buffer.ToArray();
        }
    }

    private static DocumentFetchException TooLarge(long max) => new(string.Create(
        CultureInfo.InvariantCulture, $"the response is larger than {max / 1048576.0:0.#} MB (Documents:MaxDownloadBytes); not read further"));

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async ValueTask<Stream> ConnectAsync(ConnectionGuard guard, DnsEndPoint endpoint, CancellationToken cancellationToken)
    {
        var addresses = await guard.ResolveAsync(endpoint.Host, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
            Debug.Assert(socket.RemoteEndPoint is IPEndPoint, "connected to an IP endpoint");
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
