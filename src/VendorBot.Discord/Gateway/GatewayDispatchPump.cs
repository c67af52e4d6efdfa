using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// The bounded queue between the receive loop and the handlers, and the loop that drains it: events reach every
/// handler in sequence order; an exception is logged and counted, a slow handler is logged, and neither touches the
/// connection (which only writes to the queue).
/// </summary>
internal sealed class GatewayDispatchPump
{
    private readonly Channel<GatewayDispatch> _channel;
    private readonly IReadOnlyList<IGatewayEventHandler> _handlers;
    private readonly DiscordGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly GatewayMetrics _metrics;
    private readonly ILogger _logger;

    public GatewayDispatchPump(
        IReadOnlyList<IGatewayEventHandler> handlers,
        DiscordGatewayOptions options,
        TimeProvider time,
        GatewayMetrics metrics,
        ILogger logger)
    {
        _handlers = handlers;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _channel = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(options.DispatchQueueCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public ChannelWriter<GatewayDispatch> Writer => _channel.Writer;

    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Delivers events until the queue completes and drains, or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var reader = _channel.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var dispatch))
                {
                    for (var i = 0; i < _handlers.Count; i++)
                    {
                        await InvokeAsync(_handlers[i], dispatch, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: undelivered events are dropped with the session.
        }
    }

    private async ValueTask InvokeAsync(IGatewayEventHandler handler, GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            await handler.HandleAsync(dispatch, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            _metrics.HandlerFailed();
            _logger.HandlerFailed(exception, handler.GetType().Name, dispatch.EventName, dispatch.Sequence);
        }

        var elapsed = _time.GetElapsedTime(started);
        if (elapsed > _options.SlowHandlerThreshold)
        {
            _logger.HandlerSlow(handler.GetType().Name, (long)elapsed.TotalMilliseconds, dispatch.EventName);
        }
    }
}
