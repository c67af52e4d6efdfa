using System.Diagnostics.CodeAnalysis;

namespace VendorBot.Knowledge.Search;

/// <summary>
/// The counted terms of recently re-scored passages by rowid (least recently used evicted first), so a passage that
/// is a candidate again is neither read nor tokenized again. Emptied when the index statistics change (a reindex).
/// </summary>
internal sealed class PassageTermCache
{
    private const int Capacity = 20_000;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, LinkedListNode<(long RowId, PassageTerms Terms)>> _entries = [];
    private readonly LinkedList<(long RowId, PassageTerms Terms)> _recency = new();
    private IndexStatistics? _statistics;

    /// <summary>Returns the cached terms of <paramref name="rowId"/> for the index described by <paramref name="statistics"/>.</summary>
    public bool TryGet(IndexStatistics statistics, long rowId, [MaybeNullWhen(false)] out PassageTerms terms)
    {
        lock (_gate)
        {
            ResetIfChanged(statistics);
            if (_entries.TryGetValue(rowId, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                terms = node.Value.Terms;
                return true;
            }

            terms = null;
            return false;
        }
    }

    /// <summary>Stores the terms of <paramref name="rowId"/>, evicting the least recently used entry when full.</summary>
    public void Add(IndexStatistics statistics, long rowId, PassageTerms terms)
    {
        lock (_gate)
        {
            ResetIfChanged(statistics);
            if (_entries.ContainsKey(rowId))
            {
                return;
            }

            if (_entries.Count >= Capacity && _recency.Last is { } oldest)
            {
                _entries.Remove(oldest.Value.RowId);
                _recency.RemoveLast();
            }

            _entries[rowId] = _recency.AddFirst((rowId, terms));
        }
    }

    private void ResetIfChanged(IndexStatistics statistics)
    {
        if (_statistics != statistics)
        {
            _entries.Clear();
            _recency.Clear();
            _statistics = statistics;
        }
    }
}
