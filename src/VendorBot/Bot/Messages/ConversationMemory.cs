using VendorBot.Answering;
using VendorBot.Discord.Entities;

namespace VendorBot.Bot.Messages;

/// <summary>
/// The recent answers the bot posted, by message id, so a reply to an answer or a message in a bot thread carries the
/// conversation before it. Bounded: the oldest answers are forgotten first; a reply to a forgotten answer still gets
/// that answer's text from Discord's <c>referenced_message</c>.
/// </summary>
internal sealed class ConversationMemory
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Snowflake, Entry> _byMessage = [];
    private readonly Dictionary<Snowflake, List<Snowflake>> _byThread = [];
    private readonly Queue<Snowflake> _order = new();
    private readonly int _capacity;

    /// <summary>Creates a memory holding at most <paramref name="capacity"/> answers.</summary>
    public ConversationMemory(int capacity = BotLimits.ConversationCapacity) => _capacity = capacity;

    /// <summary>Remembers that <paramref name="answerMessageId"/> answered <paramref name="turn"/>, continuing <paramref name="parent"/>.</summary>
    public void Remember(Snowflake answerMessageId, Snowflake channelId, ConversationTurn turn, Snowflake? parent)
    {
        lock (_gate)
        {
            if (!_byMessage.TryAdd(answerMessageId, new Entry(turn, parent, channelId)))
            {
                return;
            }

            _order.Enqueue(answerMessageId);
            if (!_byThread.TryGetValue(channelId, out var list))
            {
                _byThread[channelId] = list = [];
            }

            list.Add(answerMessageId);
            while (_order.Count > _capacity)
            {
                var old = _order.Dequeue();
                if (_byMessage.Remove(old, out var entry) && _byThread.TryGetValue(entry.ChannelId, out var ids))
                {
                    ids.Remove(old);
                    if (ids.Count == 0)
                    {
                        _byThread.Remove(entry.ChannelId);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The turns before a message, oldest first, at most <paramref name="maxTurns"/>: the reply chain ending at the
    /// referenced bot message, or, with no reference, the latest answers in the same channel when it is a bot thread.
    /// </summary>
    public IReadOnlyList<ConversationTurn> HistoryFor(Message message, Snowflake botUserId, bool inBotThread, int maxTurns)
    {
        if (maxTurns == 0)
        {
            return [];
        }

        lock (_gate)
        {
            var turns = new List<ConversationTurn>();
            if (message.ReferencedMessage is { } referenced && referenced.Author.Id == botUserId)
            {
                Snowflake? next = referenced.Id;
                while (next is { } id && turns.Count < maxTurns && _byMessage.TryGetValue(id, out var entry))
                {
                    turns.Add(entry.Turn);
                    next = entry.Parent;
                }

                if (turns.Count == 0)
                {
                    turns.Add(new ConversationTurn(string.Empty, referenced.Content));
                }
            }
            else if (inBotThread && _byThread.TryGetValue(message.ChannelId, out var ids))
            {
                turns.AddRange(ids.TakeLast(maxTurns).Reverse().Select(id => _byMessage[id].Turn));
            }

            turns.Reverse();
            return turns;
        }
    }

    private sealed record Entry(ConversationTurn Turn, Snowflake? Parent, Snowflake ChannelId);
}
