namespace VendorBot.Discord.Tests.Gateway;

/// <summary>How a <see cref="GatewayHarness"/> is set up; the defaults make reconnects fast.</summary>
internal sealed class GatewayHarnessOptions
{
    public TimeProvider Time { get; set; } = TimeProvider.System;

    public double Random { get; set; } = 0.5;

    /// <summary>Configuration overrides on top of the fast defaults (keys like <c>Discord:Gateway:ReconnectBaseDelay</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = [];
}
