using System.Collections.Concurrent;

namespace VendorBot.Knowledge.Search;

/// <summary>Reuses <see cref="ScratchIndex"/> instances across queries (one per concurrent search).</summary>
internal sealed class ScratchIndexPool : IDisposable
{
    private const int MaxIdle = 8;
    private readonly ConcurrentBag<ScratchIndex> _idle = [];

    /// <summary>Takes an idle scratch index or creates one.</summary>
    public ScratchIndex Rent() => _idle.TryTake(out var scratch) ? scratch : ScratchIndex.Create();

    /// <summary>Gives <paramref name="scratch"/> back for reuse (or disposes it when enough are idle).</summary>
    public void Return(ScratchIndex scratch)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Add(scratch);
        }
        else
        {
            scratch.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        while (_idle.TryTake(out var scratch))
        {
            scratch.Dispose();
        }
    }
}
