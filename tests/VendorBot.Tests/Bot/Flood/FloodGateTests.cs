using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot;
using VendorBot.Bot.Flood;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Flood;

public sealed class FloodGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private FloodGate Gate(int perUser = 2, int perChannel = 10) => new(
        Options.Create(new BotOptions { UserQuestionsPerWindow = perUser, ChannelQuestionsPerWindow = perChannel, FloodWindow = TimeSpan.FromMinutes(1) }),
        _time);

    [Fact]
    public void AUserOverTheLimitIsRefusedWithWhenToRetryAndToldOnce()
    {
        var gate = Gate(perUser: 2);
        var user = new Snowflake(1);
        gate.TryAcquire(user, Some.Channel).Allowed.ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(10));
        gate.TryAcquire(user, Some.Channel).Allowed.ShouldBeTrue();

        var refused = gate.TryAcquire(user, Some.Channel);
        var again = gate.TryAcquire(user, Some.Channel);

        refused.Scope.ShouldBe(FloodScope.User);
        refused.RetryAfter.ShouldBe(TimeSpan.FromSeconds(50));
        refused.ShouldNotify.ShouldBeTrue();
        again.ShouldNotify.ShouldBeFalse();
    }

    [Fact]
    public void TheWindowSlidesSoTheUserMayAskAgainLater()
    {
        var gate = Gate(perUser: 1);
        var user = new Snowflake(1);
        gate.TryAcquire(user, Some.Channel).Allowed.ShouldBeTrue();
        gate.TryAcquire(user, Some.Channel).Allowed.ShouldBeFalse();

        _time.Advance(TimeSpan.FromSeconds(61));

        var verdict = gate.TryAcquire(user, Some.Channel);
        verdict.Allowed.ShouldBeTrue();
        _time.Advance(TimeSpan.FromSeconds(1));
        gate.TryAcquire(user, Some.Channel).ShouldNotify.ShouldBeTrue();
    }

    [Fact]
    public void AChannelOverItsLimitRefusesEveryoneInIt()
    {
        var gate = Gate(perUser: 5, perChannel: 3);
        for (ulong u = 1; u <= 3; u++)
        {
            gate.TryAcquire(new Snowflake(u), Some.Channel).Allowed.ShouldBeTrue();
        }

        gate.TryAcquire(new Snowflake(4), Some.Channel).Scope.ShouldBe(FloodScope.Channel);
        gate.TryAcquire(new Snowflake(4), new Snowflake(7)).Allowed.ShouldBeTrue();
    }

    [Fact]
    public void ARefusedQuestionDoesNotCountAgainstTheChannel()
    {
        var gate = Gate(perUser: 1, perChannel: 2);
        gate.TryAcquire(new Snowflake(1), Some.Channel).Allowed.ShouldBeTrue();
        gate.TryAcquire(new Snowflake(1), Some.Channel).Allowed.ShouldBeFalse();

        gate.TryAcquire(new Snowflake(2), Some.Channel).Allowed.ShouldBeTrue();
    }
}
