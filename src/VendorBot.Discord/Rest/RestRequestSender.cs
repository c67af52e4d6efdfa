using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VendorBot.Discord.Rest;

/// <summary>
/// Sends one REST call through the rate limits: waits pre-emptively for an exhausted bucket and for the global
/// limit, honours 429 <c>retry_after</c> (route, shared and global scope), retries 5xx and network failures for
/// idempotent calls with backoff, never retries 401/403, and turns failures into <see cref="DiscordRestException"/>.
/// Every wait is bounded by <see cref="DiscordRestOptions.MaxWait"/>.
/// </summary>
internal sealed class RestRequestSender(
    IHttpClientFactory httpClientFactory,
    IOptions<DiscordClientOptions> clientOptions,
    IOptions<DiscordRestOptions> restOptions,
    RateLimitRegistry limits,
    RetryBackoff backoff,
    TimeProvider time,
    RestMetrics metrics,
    DiscordTokenStatus tokenStatus,
    ILogger<RestRequestSender> logger)
{
    private const int MaxBucketMoves = 4;
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    public async Task<byte[]> SendAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        var options = restOptions.Value;
        var deadline = time.GetUtcNow() + options.MaxWait;
        var retries = 0;
        var rateLimits = 0;

        // Bounded: every turn either returns, throws, or counts a 429 or a retry against its own limit.
        while (true)
        {
            var attempt = await SendThroughBucketAsync(route, body, deadline, options, cancellationToken).ConfigureAwait(false);
            if (attempt.IsSuccess)
            {
                return attempt.Body;
            }

            if (attempt.Status == HttpStatusCode.TooManyRequests)
            {
                rateLimits++;
                HandleRateLimit(route, attempt, deadline, rateLimits > options.MaxRateLimitRetries);
                continue;
            }

            if (!IsRetryable(route, attempt) || retries >= options.MaxServerErrorRetries)
            {
                throw ToException(route, attempt);
            }

            var delay = backoff.Delay(retries, options.RetryBaseDelay);
            retries++;
            if (time.GetUtcNow() + delay > deadline)
            {
                throw ToException(route, attempt);
            }

            metrics.Retried(route.Name);
            if (attempt.Status is { } status)
            {
                RestLog.RetryingServerError(logger, route.Name, (int)status, retries, delay.TotalMilliseconds);
            }
            else
            {
                RestLog.RetryingTransportFailure(logger, route.Name, attempt.TransportFailure ?? DiscordRestFailure.Network, retries, delay.TotalMilliseconds);
            }

            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<RestAttempt> SendThroughBucketAsync(
        RestRoute route, byte[]? body, DateTimeOffset deadline, DiscordRestOptions options, CancellationToken cancellationToken)
    {
        var bucket = await TakeBucketAsync(route, deadline, cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = bucket.WaitTime(time.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                if (time.GetUtcNow() + wait > deadline)
                {
                    throw new DiscordRestException(DiscordRestFailure.RateLimited, route.Name, null, null, null);
                }

                RestLog.WaitingForBucket(logger, route.Name, wait.TotalMilliseconds);
                metrics.WaitedForBucket(route.Name, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            if (route.RequiresAuthorization && tokenStatus.IsRejected)
            {
                throw new DiscordRestException(DiscordRestFailure.TokenRejected, route.Name, HttpStatusCode.Unauthorized, null, null);
            }

            // A Cloudflare ban and the invalid-request pacing hold back every route, exempt ones too: both count per IP.
            await WaitOutAsync(route, limits.BanWait, deadline, cancellationToken).ConfigureAwait(false);
            await WaitOutAsync(route, limits.InvalidRequests.TryTake, deadline, cancellationToken).ConfigureAwait(false);
            if (!route.GlobalExempt)
            {
                await limits.Global.AcquireAsync(route.Name, deadline, cancellationToken).ConfigureAwait(false);
            }

            var attempt = await SendOnceAsync(route, body, options.AttemptTimeout, cancellationToken).ConfigureAwait(false);
            limits.Record(route, bucket, attempt.Headers, time.GetUtcNow());
            if (attempt.Status is { } status)
            {
                Account(route, (int)status, attempt.Headers.Scope);
            }

            if (attempt.Status == HttpStatusCode.TooManyRequests)
            {
                if (IsCloudflareBan(attempt))
                {
                    limits.Ban(time.GetUtcNow() + BanPause(attempt));
                }
                else
                {
                    // Also for a global 429: routes exempt from the global limiter must still wait before their retry.
                    limits.Exhaust(route, bucket, time.GetUtcNow() + RetryAfter(attempt));
                }
            }

            return attempt;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    /// <summary>Waits until <paramref name="waitTime"/> says zero; fails unsent when that would pass the deadline.</summary>
    private async Task WaitOutAsync(RestRoute route, Func<DateTimeOffset, TimeSpan> waitTime, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        // Bounded: each turn waits a positive time, and the deadline bounds the total.
        while (waitTime(time.GetUtcNow()) is var wait && wait > TimeSpan.Zero)
        {
            if (time.GetUtcNow() + wait > deadline)
            {
                throw new DiscordRestException(DiscordRestFailure.RateLimited, route.Name, null, null, null);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Counts invalid responses toward Discord's 10,000 per 10 minutes, and stops everything after a 401 to the bot token.</summary>
    private void Account(RestRoute route, int status, string? scope)
    {
        if (limits.InvalidRequests.Record(status, scope) is { } count
            && count is DiscordRestConstants.InvalidRequestSlowDownAt or DiscordRestConstants.InvalidRequestStopAt)
        {
            RestLog.InvalidRequestsPacing(logger, count, DiscordRestConstants.InvalidRequestLimit, count >= DiscordRestConstants.InvalidRequestStopAt ? "stopping" : "slowing down");
        }

        if (status == 401 && route.RequiresAuthorization && tokenStatus.Reject())
        {
            RestLog.TokenRejected(logger, route.Name);
        }
    }

    /// <summary>
    /// Takes the gate of the bucket <paramref name="route"/> belongs to. The bucket can change while a request waits
    /// (its Discord bucket id was learned from another response meanwhile), so the route is resolved again once the gate
    /// is held: a request queued on the provisional bucket moves to the learned one instead of running beside the
    /// requests that went there directly. Bounded: a route is re-resolved at most a few times (one learning normally).
    /// </summary>
    private async Task<RateLimitBucket> TakeBucketAsync(RestRoute route, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        for (var moves = 0; ; moves++)
        {
            var bucket = limits.BucketFor(route);
            var turnWait = deadline - time.GetUtcNow();
            if (turnWait <= TimeSpan.Zero || !await bucket.Gate.WaitAsync(turnWait, cancellationToken).ConfigureAwait(false))
            {
                throw new DiscordRestException(DiscordRestFailure.RateLimited, route.Name, null, null, null);
            }

            if (moves >= MaxBucketMoves || ReferenceEquals(limits.BucketFor(route), bucket))
            {
                return bucket;
            }

            bucket.Gate.Release();
        }
    }

    private async Task<RestAttempt> SendOnceAsync(RestRoute route, byte[]? body, TimeSpan attemptTimeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, new Uri(route.Path, UriKind.Relative));
        if (route.RequiresAuthorization)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bot " + clientOptions.Value.Token);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = JsonMediaType;
        }

        using var attemptCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptCancellation.CancelAfter(attemptTimeout);
        var started = time.GetTimestamp();
        try
        {
            var http = httpClientFactory.CreateClient(DiscordRestConstants.HttpClientName);
            using var response = await http.SendAsync(request, attemptCancellation.Token).ConfigureAwait(false);
            var content = await response.Content.ReadAsByteArrayAsync(attemptCancellation.Token).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            RestLog.Answered(logger, route.Name, status, elapsed.TotalMilliseconds);
            metrics.Answered(route.Name, status.ToString(System.Globalization.CultureInfo.InvariantCulture), elapsed);
            return new RestAttempt(response.StatusCode, content, RateLimitHeaders.From(response.Headers));
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Answered(route.Name, "timeout", time.GetElapsedTime(started));
            return RestAttempt.Failed(DiscordRestFailure.Timeout, error);
        }
        catch (HttpRequestException error)
        {
            metrics.Answered(route.Name, "network", time.GetElapsedTime(started));
            return RestAttempt.Failed(DiscordRestFailure.Network, error);
        }
    }

    private void HandleRateLimit(RestRoute route, RestAttempt attempt, DateTimeOffset deadline, bool exhaustedRetries)
    {
        if (IsCloudflareBan(attempt))
        {
            var pause = BanPause(attempt);
            RestLog.CloudflareBan(logger, route.Name, pause.TotalMilliseconds, attempt.Headers.RetryAfter is not null);
            metrics.RateLimited(route.Name, "cloudflare");
            if (exhaustedRetries || time.GetUtcNow() + pause > deadline)
            {
                throw new DiscordRestException(DiscordRestFailure.RateLimited, route.Name, attempt.Status, null, null);
            }

            return;
        }

        var retryAfter = RetryAfter(attempt);
        var global = IsGlobal(attempt);
        var now = time.GetUtcNow();
        if (global)
        {
            limits.Global.Pause(now + retryAfter);
        }

        var scope = attempt.Headers.Scope ?? (global ? "global" : "user");
        RestLog.RateLimited(logger, route.Name, scope, global, retryAfter.TotalMilliseconds);
        metrics.RateLimited(route.Name, scope);
        if (exhaustedRetries || now + retryAfter > deadline)
        {
            var error = ParseError(attempt.Body);
            throw new DiscordRestException(DiscordRestFailure.RateLimited, route.Name, attempt.Status, error?.Code, error?.Message);
        }
    }

    private static bool IsRetryable(RestRoute route, RestAttempt attempt) =>
        route.Idempotent
        && (attempt.TransportFailure is not null
            || (attempt.Status is { } status && DiscordRestConstants.RetryableStatuses.Contains((int)status)));

    private static bool IsGlobal(RestAttempt attempt) =>
        attempt.Headers.Global
        || string.Equals(attempt.Headers.Scope, "global", StringComparison.OrdinalIgnoreCase)
        || ParseError(attempt.Body)?.Global == true;

    /// <summary>
    /// A 429 that is not Discord's (no JSON error, no X-RateLimit-* headers) comes from Cloudflare in front of it: the
    /// IP is banned, for every route, typically after too many invalid requests.
    /// </summary>
    private static bool IsCloudflareBan(RestAttempt attempt) =>
        attempt.Status == HttpStatusCode.TooManyRequests
        && ParseError(attempt.Body) is null
        && attempt.Headers is { Scope: null, Bucket: null, Limit: null, Remaining: null, Global: false };

    private static TimeSpan BanPause(RestAttempt attempt) => attempt.Headers.RetryAfter ?? DiscordRestConstants.CloudflareBanPause;

    private static TimeSpan RetryAfter(RestAttempt attempt)
    {
        if (ParseError(attempt.Body)?.RetryAfter is { } seconds && double.IsFinite(seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return attempt.Headers.RetryAfter ?? attempt.Headers.ResetAfter ?? TimeSpan.FromSeconds(1);
    }

    private DiscordRestException ToException(RestRoute route, RestAttempt attempt)
    {
        if (attempt.Status is not { } status)
        {
            return new DiscordRestException(attempt.TransportFailure ?? DiscordRestFailure.Network, route.Name, null, null, null, attempt.Error);
        }

        var error = ParseError(attempt.Body);
        if (status == HttpStatusCode.Unauthorized && route.RequiresAuthorization)
        {
            return new DiscordRestException(DiscordRestFailure.TokenRejected, route.Name, status, error?.Code, error?.Message);
        }

        RestLog.Rejected(logger, route.Name, status, error?.Code);
        return new DiscordRestException(DiscordRestFailure.ApiError, route.Name, status, error?.Code, error?.Message);
    }

    private static DiscordErrorBody? ParseError(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, RestJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
