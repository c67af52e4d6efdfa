namespace VendorBot.Knowledge.Indexing;

/// <summary>What an indexing run changed. Failed files are not indexed; an earlier version of them stays in the index.</summary>
/// <param name="Added">Documents new to the index.</param>
/// <param name="Updated">Documents whose content changed and were re-indexed.</param>
/// <param name="Removed">Documents whose file is gone (or now lies outside the documents folder).</param>
/// <param name="Unchanged">Documents with the same content hash; not touched.</param>
/// <param name="Passages">Passages written by this run.</param>
/// <param name="Failures">Files that could not be indexed, each with its reason.</param>
/// <param name="Duration">Wall time of the run.</param>
public sealed record ReindexReport(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    int Passages,
    IReadOnlyList<IndexFailure> Failures,
    TimeSpan Duration)
{
    /// <summary>Number of files that could not be indexed.</summary>
    public int Failed => Failures.Count;

    /// <summary>True when the run wrote anything (added, updated or removed a document).</summary>
    public bool Changed => Added + Updated + Removed > 0;
}
