namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>Dispatch frames built ahead of time (sequence numbers assigned) so sending them costs the fake almost nothing.</summary>
public sealed class FakeGatewayBatch
{
    internal FakeGatewayBatch(IReadOnlyList<byte[]> frames) => Frames = frames;

    /// <summary>How many dispatches the batch holds.</summary>
    public int Count => Frames.Count;

    internal IReadOnlyList<byte[]> Frames { get; }
}
