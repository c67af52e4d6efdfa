namespace VendorBot.Knowledge.Indexing;

/// <summary>What a folder reindex will write, worked out before the write lock is taken.</summary>
/// <param name="Upserts">Documents to add or replace, parsed and chunked.</param>
/// <param name="Removals">Ids of indexed documents whose file is gone.</param>
/// <param name="Unchanged">Files with the same content hash as indexed.</param>
/// <param name="Failures">Files that could not be read or parsed.</param>
internal sealed record FolderPlan(
    IReadOnlyList<PreparedDocument> Upserts,
    IReadOnlyList<string> Removals,
    int Unchanged,
    IReadOnlyList<IndexFailure> Failures);
