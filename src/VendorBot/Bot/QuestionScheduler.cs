using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VendorBot.Bot;

/// <summary>
/// Runs the bot's work off the gateway's event loop: every question, command and button press is a tracked task.
/// Composing is limited to <see cref="BotOptions.MaxConcurrentAnswers"/> at a time. At shutdown it stops taking work,
/// lets what is in flight finish within the grace period, then cancels the rest.
/// </summary>
internal sealed partial class QuestionScheduler : IDisposable
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _hardStop = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeProvider _time;
    private readonly ILogger<QuestionScheduler> _logger;
    private int _inFlight;
    private bool _stopping;

    /// <summary>Creates the scheduler with the configured concurrency.</summary>
    public QuestionScheduler(IOptions<BotOptions> options, TimeProvider time, ILogger<QuestionScheduler> logger)
    {
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentAnswers, options.Value.MaxConcurrentAnswers);
        _time = time;
        _logger = logger;
    }

    /// <summary>Work items running now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>True once shutdown began: no new work is taken.</summary>
    public bool IsStopping
    {
        get
        {
            lock (_gate)
            {
                return _stopping;
            }
        }
    }

    /// <summary>Starts <paramref name="work"/> in the background; false when shutting down (the caller tells the user).</summary>
    public bool TrySchedule(Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_stopping)
            {
                return false;
            }

            _inFlight++;
        }

        _ = Task.Run(() => RunAsync(work));
        return true;
    }

    /// <summary>Waits for a composing slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> AcquireSlotAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Slot(_slots);
    }

    /// <summary>
    /// Stops taking work and waits up to <paramref name="grace"/> for the work in flight; then cancels what is left and
    /// waits briefly for it to give up. True when everything finished within the grace period.
    /// </summary>
    public async Task<bool> DrainAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        int left;
        lock (_gate)
        {
            _stopping = true;
            left = _inFlight;
            if (left == 0)
            {
                _drained.TrySetResult();
            }
        }

        Log.Draining(_logger, left, (long)grace.TotalMilliseconds);
        try
        {
            await _drained.Task.WaitAsync(grace, _time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            Log.GraceExpired(_logger, InFlight);
            await _hardStop.CancelAsync().ConfigureAwait(false);
            await _drained.Task.WaitAsync(BotLimits.CancelledWorkPatience, _time, CancellationToken.None)
                .ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)
                .ConfigureAwait(false);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _hardStop.Dispose();
        _slots.Dispose();
    }

    private async Task RunAsync(Func<CancellationToken, Task> work)
    {
        try
        {
            await work(_hardStop.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Handlers apologise to the user themselves; this only catches what escaped them.
            Log.WorkFailed(_logger, exception);
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
                if (_inFlight == 0 && _stopping)
                {
                    _drained.TrySetResult();
                }
            }
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Stopped taking questions; waiting up to {GraceMs} ms for {InFlight} in flight")]
        public static partial void Draining(ILogger logger, int inFlight, long graceMs);

        [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Shutdown grace expired with {InFlight} still in flight; cancelling them")]
        public static partial void GraceExpired(ILogger logger, int inFlight);

        [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Background work failed")]
        public static partial void WorkFailed(ILogger logger, Exception exception);
    }
}
