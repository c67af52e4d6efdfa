namespace VendorBot.Bot.Flood;

/// <summary>Which limit a question hit.</summary>
internal enum FloodScope
{
    /// <summary>Within both limits.</summary>
    None,

    /// <summary>The asker's per-user limit.</summary>
    User,

    /// <summary>The channel's limit.</summary>
    Channel,
}

/// <summary>The flood-control decision for one question.</summary>
/// <param name="Scope">Which limit was hit, or <see cref="FloodScope.None"/> when allowed.</param>
/// <param name="RetryAfter">When the asker may try again (zero when allowed).</param>
/// <param name="ShouldNotify">True the first time a user is limited in a window; later refusals stay silent so the polite reply cannot itself flood.</param>
internal readonly record struct FloodVerdict(FloodScope Scope, TimeSpan RetryAfter, bool ShouldNotify)
{
    /// <summary>The question may proceed.</summary>
    public bool Allowed => Scope == FloodScope.None;
}
