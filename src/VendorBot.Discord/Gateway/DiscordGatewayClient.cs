using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Rest;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// The gateway session of one shard: looks the gateway up with <c>GET /gateway/bot</c>, identifies, keeps the
/// connection alive with heartbeats, resumes after drops, op 7 and resumable op 9, identifies afresh when the session
/// is gone, backs off between failed attempts, and stops with a <see cref="DiscordGatewayException"/> on fatal close
/// codes. Events go to the registered <see cref="IGatewayEventHandler"/>s. Get it from DI (<c>AddDiscordGateway()</c>).
/// </summary>
public sealed class DiscordGatewayClient
{
    private readonly DiscordClientOptions _client;
    private readonly DiscordGatewayOptions _options;
    private readonly GatewayBotClient _gatewayBot;
    private readonly GatewayIdentifyGate _identifyGate;
    private readonly IReadOnlyList<IGatewayEventHandler> _handlers;
    private readonly IGatewayRandom _random;
    private readonly TimeProvider _time;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly GatewaySession _session = new();
    private int _state;
    private int _running;

    internal DiscordGatewayClient(
        IOptions<DiscordClientOptions> client,
        IOptions<DiscordGatewayOptions> options,
        GatewayBotClient gatewayBot,
        GatewayIdentifyGate identifyGate,
        IEnumerable<IGatewayEventHandler> handlers,
        IGatewayRandom random,
        TimeProvider time,
        GatewayMetrics metrics,
        ILogger<DiscordGatewayClient> logger)
    {
        _client = client.Value;
        _options = options.Value;
        _gatewayBot = gatewayBot;
        _identifyGate = identifyGate;
        _handlers = [.. handlers];
        _random = random;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Raised on every change of <see cref="State"/>, on the session's thread; keep subscribers quick.</summary>
    public event EventHandler<GatewayStateChangedEventArgs>? StateChanged;

    /// <summary>Where the session is now.</summary>
    public GatewayState State => (GatewayState)Volatile.Read(ref _state);

    /// <summary>The current session id (after READY), or null.</summary>
    public string? SessionId => _session.SessionId;

    /// <summary>
    /// Runs the session until <paramref name="cancellationToken"/> fires (then closes with 1000 and returns) or a fatal
    /// close code stops it (then throws <see cref="DiscordGatewayException"/>). Call once per client.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("This gateway client is already running; RunAsync may be called once.");
        }

        var pump = new GatewayDispatchPump(_handlers, _options, _time, _metrics, _logger);
        var delivering = pump.RunAsync(cancellationToken);
        try
        {
            await RunSessionAsync(pump, cancellationToken).ConfigureAwait(false);
            SetState(GatewayState.Stopped);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SetState(GatewayState.Stopped);
        }
        catch (DiscordGatewayException exception)
        {
            _logger.Fatal(exception.Message);
            SetState(GatewayState.Faulted);
            throw;
        }
        finally
        {
            pump.Complete();
            await WaitForHandlersAsync(delivering).ConfigureAwait(false);
        }
    }

    private async Task RunSessionAsync(GatewayDispatchPump pump, CancellationToken cancellationToken)
    {
        var context = new GatewayConnectionContext(_client, _options, _session, pump.Writer, _time, _random, _metrics, _logger, SetState);
        var failures = 0;
        var failedResumes = 0;
        var delay = TimeSpan.Zero;
        while (true)
        {
            if (delay > TimeSpan.Zero)
            {
                SetState(GatewayState.Reconnecting);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }

            var resume = _session.CanResume;
            var url = resume ? _session.ResumeUrl : await LookUpGatewayAsync(cancellationToken).ConfigureAwait(false);
            if (url is null)
            {
                failures++;
                delay = GatewayBackoff.ReconnectDelay(failures, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, _random.NextDouble());
                continue;
            }

            _metrics.ConnectionOpened(resume);
            GatewayConnectionResult result;
            var connection = new GatewayConnection(context);
            await using (connection.ConfigureAwait(false))
            {
                result = await connection.RunAsync(url, resume, cancellationToken).ConfigureAwait(false);
            }

            if (result.Action == GatewayCloseAction.Stopped)
            {
                return;
            }

            if (result.Action == GatewayCloseAction.Fatal)
            {
                var code = result.CloseCode ?? 0;
                throw new DiscordGatewayException(GatewayClosePolicy.DescribeFatal(code, _client.Intents), code);
            }

            if (result.Action is GatewayCloseAction.Reidentify or GatewayCloseAction.ReidentifyAfterDelay)
            {
                _session.Reset();
            }

            // Resumes that keep failing (the resume URL down, the session stuck): drop the session, identify afresh.
            failedResumes = result.ReachedReady || !resume ? 0 : failedResumes + 1;
            if (failedResumes >= GatewayLimits.MaxFailedResumes && _session.CanResume)
            {
                _logger.ResumeAbandoned(failedResumes);
                _session.Reset();
                failedResumes = 0;
            }

            // A reconnect Discord asked for is not a failure: it neither grows the backoff nor resets it.
            failures = result.ReachedReady ? 0 : result.ServerRequested ? failures : failures + 1;
            delay = result.Action == GatewayCloseAction.ReidentifyAfterDelay
                ? GatewayBackoff.InvalidSessionDelay(_options.InvalidSessionMinDelay, _options.InvalidSessionMaxDelay, _random.NextDouble())
                : GatewayBackoff.ReconnectDelay(failures, _options.ReconnectBaseDelay, _options.ReconnectMaxDelay, _random.NextDouble());
            _metrics.Reconnect(result.Action);
            _logger.ConnectionEnded(result.ServerRequested ? LogLevel.Information : LogLevel.Warning, result.CloseCode, result.Reason, result.Action, (long)delay.TotalMilliseconds);
        }
    }

    /// <summary>Fresh identify: forget the session, ask <c>/gateway/bot</c>, wait for an identify slot. Null on a transient failure.</summary>
    private async Task<Uri?> LookUpGatewayAsync(CancellationToken cancellationToken)
    {
        _session.Reset();
        GatewayBotInfo info;
        Uri url;
        try
        {
            info = await _gatewayBot.GetAsync(cancellationToken).ConfigureAwait(false);
            url = GatewayUris.ForConnection(info.Url);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested
            && exception is DiscordRestException or JsonException or OperationCanceledException or NotSupportedException or FormatException)
        {
            _logger.GatewayLookupFailed(exception);
            return null;
        }

        await _identifyGate.WaitAsync(_client.ShardId, info.SessionStartLimit, _logger, cancellationToken).ConfigureAwait(false);
        return url;
    }

    private async Task WaitForHandlersAsync(Task delivering)
    {
        try
        {
            await delivering.WaitAsync(_options.CloseTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _logger.HandlersDidNotStop((long)_options.CloseTimeout.TotalMilliseconds);
        }
    }

    private void SetState(GatewayState next)
    {
        var previous = (GatewayState)Interlocked.Exchange(ref _state, (int)next);
        if (previous == next)
        {
            return;
        }

        _logger.StateChanged(previous, next);
        try
        {
            StateChanged?.Invoke(this, new GatewayStateChangedEventArgs(previous, next));
        }
        catch (Exception exception)
        {
            _logger.StateSubscriberFailed(exception);
        }
    }
}
