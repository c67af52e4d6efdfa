namespace VendorBot.Discord.Gateway;

/// <summary>
/// What survives a connection: the session id, the resume URL and the last sequence. The receive loop is the only
/// writer of the sequence; the heartbeat loop reads it.
/// </summary>
internal sealed class GatewaySession
{
    private const long NoSequence = -1;
    private long _lastSequence = NoSequence;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public long? LastSequence => Interlocked.Read(ref _lastSequence) is var value && value == NoSequence ? null : value;

    /// <summary>Takes a sequence number; false when it was already seen (a replay of a delivered event).</summary>
    public bool TryAdvance(long sequence)
    {
        if (sequence <= Interlocked.Read(ref _lastSequence))
        {
            return false;
        }

        Interlocked.Exchange(ref _lastSequence, sequence);
        return true;
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref _lastSequence, NoSequence);
    }
}
