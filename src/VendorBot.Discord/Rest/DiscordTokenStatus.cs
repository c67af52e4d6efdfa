namespace VendorBot.Discord.Rest;

/// <summary>
/// Whether Discord has rejected the bot token. After the first 401 on a route that carries the token, every later
/// REST call that needs it fails at once with <see cref="DiscordRestFailure.TokenRejected"/>, nothing sent (each more
/// 401 would count against the invalid-request limit), and <see cref="Rejected"/> fires so the host can shut down.
/// </summary>
public sealed class DiscordTokenStatus : IDisposable
{
    private readonly CancellationTokenSource _rejected = new();
    private int _isRejected;

    /// <summary>Cancelled when the token is rejected.</summary>
    public CancellationToken Rejected => _rejected.Token;

    /// <summary>True once Discord answered 401 to the bot token.</summary>
    public bool IsRejected => Volatile.Read(ref _isRejected) == 1;

    /// <summary>Marks the token rejected; true only for the first call (so the one log line is written once).</summary>
    internal bool Reject()
    {
        if (Interlocked.Exchange(ref _isRejected, 1) != 0)
        {
            return false;
        }

        _rejected.Cancel();
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _rejected.Dispose();
}
