using VendorBot.Discord.Gateway;

namespace VendorBot.GatewayBench;

/// <summary>Counts MESSAGE_CREATE events and signals when the expected number arrived.</summary>
internal sealed class CountingHandler : IGatewayEventHandler
{
    private int _count;
    private int _target = int.MaxValue;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts counting afresh; the returned task completes after <paramref name="target"/> messages.</summary>
    public Task Expect(int target)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _count = 0;
        Volatile.Write(ref _target, target);
        return _done.Task;
    }

    public ValueTask HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        if (dispatch is MessageCreateDispatch && ++_count == Volatile.Read(ref _target))
        {
            _done.TrySetResult();
        }
        else if (dispatch is ReadyDispatch)
        {
            Ready.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }
}
