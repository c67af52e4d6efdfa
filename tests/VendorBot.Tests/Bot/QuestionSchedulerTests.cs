using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot;

namespace VendorBot.Tests.Bot;

public sealed class QuestionSchedulerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static QuestionScheduler Scheduler(TimeProvider time) =>
        new(Options.Create(new BotOptions { MaxConcurrentAnswers = 1 }), time, NullLogger<QuestionScheduler>.Instance);

    [Fact]
    public async Task DrainingWithNothingInFlightFinishesAtOnceAndRefusesNewWork()
    {
        using var scheduler = Scheduler(new FakeTimeProvider());

        (await scheduler.DrainAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken)).ShouldBeTrue();
        scheduler.TrySchedule(_ => Task.CompletedTask).ShouldBeFalse();
    }

    [Fact]
    public async Task WorkStillRunningWhenTheGraceExpiresIsCancelled()
    {
        var time = new FakeTimeProvider();
        using var scheduler = Scheduler(time);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.TrySchedule(async token =>
        {
            started.SetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }
            catch (OperationCanceledException)
            {
                cancelled.SetResult();
                throw;
            }
        }).ShouldBeTrue();
        await started.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

        var drain = scheduler.DrainAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        drain.IsCompleted.ShouldBeFalse();
        time.Advance(TimeSpan.FromSeconds(6));

        (await drain.WaitAsync(Patience, TestContext.Current.CancellationToken)).ShouldBeFalse();
        cancelled.Task.IsCompleted.ShouldBeTrue();
        scheduler.InFlight.ShouldBe(0);
    }

    [Fact]
    public async Task OnlyTheConfiguredNumberOfAnswersAreComposedAtOnce()
    {
        using var scheduler = Scheduler(new FakeTimeProvider());
        var first = await scheduler.AcquireSlotAsync(TestContext.Current.CancellationToken);

        var second = scheduler.AcquireSlotAsync(TestContext.Current.CancellationToken);
        second.IsCompleted.ShouldBeFalse();
        first.Dispose();

        (await second.WaitAsync(Patience, TestContext.Current.CancellationToken)).Dispose();
    }
}
