namespace VendorBot.Discord.Gateway;

/// <summary>Reconnect and invalid-session delays: pure functions of the attempt and a random number.</summary>
internal static class GatewayBackoff
{
    private const int MaxDoublings = 30;

    /// <summary>
    /// Delay before the next connection after <paramref name="failures"/> consecutive attempts that never reached READY
    /// or RESUMED: <c>min(max, base × 2^failures)</c> with "equal jitter", i.e. scaled into [½, 1) of that.
    /// So it is never more than <paramref name="maxDelay"/> and never less than half the uncapped step.
    /// </summary>
    public static TimeSpan ReconnectDelay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        var exponent = Math.Clamp(failures, 0, MaxDoublings);
        var stepTicks = Math.Min((double)maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent));
        var jitter = 0.5 + (Unit(random) / 2);
        return TimeSpan.FromTicks((long)(stepTicks * jitter));
    }

    /// <summary>A random wait in [min, max] before identifying after an invalid session (Discord: 1–5 s).</summary>
    public static TimeSpan InvalidSessionDelay(TimeSpan minDelay, TimeSpan maxDelay, double random) =>
        minDelay + TimeSpan.FromTicks((long)((maxDelay - minDelay).Ticks * Unit(random)));

    /// <summary>Clamps a random draw into [0, 1]; NaN counts as 0.</summary>
    private static double Unit(double random) => double.IsNaN(random) ? 0 : Math.Clamp(random, 0, 1);
}
