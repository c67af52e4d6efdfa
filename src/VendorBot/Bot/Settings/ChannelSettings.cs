using VendorBot.Answering;

namespace VendorBot.Bot.Settings;

/// <summary>How the bot behaves in one channel (and the threads under it), as set by an admin with <c>/settings</c>.</summary>
/// <param name="AutoAnswer">Every new message in the channel is a question, not only the ones that address the bot.</param>
/// <param name="Ephemeral"><c>/ask</c> answers only the asker sees. Message questions are always answered publicly: the question itself is public.</param>
/// <param name="CitedOnly">Message questions get no reply unless the answer cites a source (no "not covered" replies).</param>
/// <param name="Vendors">Questions here only use sources about these vendors; empty means all vendors.</param>
internal sealed record ChannelSettings(bool AutoAnswer, bool Ephemeral, bool CitedOnly, IReadOnlyList<string> Vendors)
{
    /// <summary>The behaviour of a channel nobody configured: answer when addressed, publicly, always reply, all vendors.</summary>
    public static ChannelSettings Default { get; } = new(false, false, false, []);

    /// <summary>True when <paramref name="answer"/> answers with at least one citation; a cited-only channel gets nothing else.</summary>
    public static bool IsCited(AnswerResult answer) => answer.Outcome == AnswerOutcome.Answered && answer.Citations.Count > 0;

    /// <summary>The vendor filter for a question here that asks for no vendor: the channel's scope, or all vendors.</summary>
    public VendorScope WholeScope => new(null, Vendors.Count > 0 ? Vendors : null);

    /// <summary>
    /// The vendor filter for a question here, given the vendor the user asked for (if any): the requested vendor when it
    /// is in scope, otherwise the whole scope. Null when the requested vendor is outside this channel's scope.
    /// </summary>
    public VendorScope? ScopeFor(string? requested)
    {
        var wanted = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        if (wanted is null)
        {
            return WholeScope;
        }

        if (Vendors.Count == 0)
        {
            return new VendorScope(wanted, null);
        }

        var match = Vendors.FirstOrDefault(v => string.Equals(v, wanted, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : new VendorScope(match, null);
    }
}
