namespace VendorBot.Discord.Fakes.Gateway;

/// <summary>Scripting what a connection sees before Hello (Discord may send op 7 there).</summary>
public sealed partial class FakeGateway
{
    private int _reconnectsBeforeHello;

    /// <summary>The next this many connections get op 7 (Reconnect) instead of Hello; the fake then waits for the client to close.</summary>
    public int ReconnectsBeforeHello
    {
        get => Volatile.Read(ref _reconnectsBeforeHello);
        set => Volatile.Write(ref _reconnectsBeforeHello, value);
    }

    /// <summary>True (once per scripted connection) when this connection must get op 7 instead of Hello.</summary>
    private bool TakeReconnectBeforeHello()
    {
        while (Volatile.Read(ref _reconnectsBeforeHello) is var left && left > 0)
        {
            if (Interlocked.CompareExchange(ref _reconnectsBeforeHello, left - 1, left) == left)
            {
                return true;
            }
        }

        return false;
    }
}
