using Microsoft.Extensions.Time.Testing;
using VendorBot.Bot.Flood;
using VendorBot.Discord.Entities;

namespace VendorBot.Tests.Bot.Flood;

public sealed class DeliveryDeduplicatorTests
{
    [Fact]
    public void ASecondDeliveryOfTheSameIdIsADuplicate()
    {
        var deduplicator = new DeliveryDeduplicator(new FakeTimeProvider());

        deduplicator.TryBegin(new Snowflake(1)).ShouldBeTrue();
        deduplicator.TryBegin(new Snowflake(1)).ShouldBeFalse();
        deduplicator.TryBegin(new Snowflake(2)).ShouldBeTrue();
    }

    [Fact]
    public void IdsAreForgottenAfterTheMemoryWindow()
    {
        var time = new FakeTimeProvider();
        var deduplicator = new DeliveryDeduplicator(time);
        deduplicator.TryBegin(new Snowflake(1)).ShouldBeTrue();

        time.Advance(TimeSpan.FromMinutes(16));
        deduplicator.TryBegin(new Snowflake(2)).ShouldBeTrue();

        deduplicator.TryBegin(new Snowflake(1)).ShouldBeTrue();
    }

    [Fact]
    public void ConcurrentDeliveriesOfOneIdAreBegunExactlyOnce()
    {
        var deduplicator = new DeliveryDeduplicator(new FakeTimeProvider());
        var begun = 0;

        Parallel.For(0, 64, _ =>
        {
            if (deduplicator.TryBegin(new Snowflake(7)))
            {
                Interlocked.Increment(ref begun);
            }
        });

        begun.ShouldBe(1);
    }
}
