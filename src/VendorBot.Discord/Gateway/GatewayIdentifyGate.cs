using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Discord.Entities;

namespace VendorBot.Discord.Gateway;

/// <summary>
/// Paces identifies the way Discord allows: none while <c>session_start_limit.remaining</c> is 0 (wait
/// <c>reset_after</c>), and one per <see cref="DiscordGatewayOptions.IdentifyInterval"/> per bucket
/// <c>shard_id % max_concurrency</c>, the slots handed out by <see cref="IGatewayIdentifySlots"/>. One instance per
/// process, shared by every shard's client.
/// </summary>
internal sealed class GatewayIdentifyGate(TimeProvider timeProvider, IOptions<DiscordGatewayOptions> options, IGatewayIdentifySlots slots)
{
    public async Task WaitAsync(int shardId, SessionStartLimit limit, ILogger logger, CancellationToken cancellationToken)
    {
        if (limit.Remaining <= 0)
        {
            var untilReset = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter));
            logger.SessionStartLimitExhausted((long)untilReset.TotalMilliseconds);
            await Task.Delay(untilReset, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        var slot = await slots.ReserveAsync(shardId % Math.Max(1, limit.MaxConcurrency), options.Value.IdentifyInterval, cancellationToken).ConfigureAwait(false);
        var wait = slot - timeProvider.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
