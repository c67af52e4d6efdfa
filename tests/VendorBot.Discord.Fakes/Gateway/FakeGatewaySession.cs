namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>A session the fake started on Identify: its id and every dispatch it sequenced, for replay on Resume.</summary>
internal sealed class FakeGatewaySession(string id)
{
    public string Id { get; } = id;

    public List<(long Sequence, byte[] Frame)> Log { get; } = [];

    public long LastSequence => Log.Count == 0 ? 0 : Log[^1].Sequence;
}
