using VendorBot.Discord.Entities;
using VendorBot.Discord.Gateway;

namespace VendorBot.Discord.Tests.Gateway;

/// <summary>Records every event it is handed, then runs an optional behaviour (block, throw).</summary>
internal sealed class RecordingHandler : IGatewayEventHandler
{
    private readonly object _lock = new();
    private readonly List<GatewayDispatch> _events = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<GatewayDispatch, CancellationToken, ValueTask>? Behaviour { get; set; }

    public IReadOnlyList<GatewayDispatch> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    public IReadOnlyList<Message> Messages => [.. Events.OfType<MessageCreateDispatch>().Select(dispatch => dispatch.Message)];

    public async ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _events.Add(dispatch);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        if (Behaviour is { } behaviour)
        {
            await behaviour(dispatch, cancellationToken);
        }
    }

    public async Task WaitForAsync(Func<RecordingHandler, bool> condition, string what, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? GatewayHarness.Patience);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The handler did not receive {what} in time.");
            }
        }
    }

    public Task WaitForMessagesAsync(int count) =>
        WaitForAsync(handler => handler.Messages.Count >= count, $"{count} message(s)");
}
