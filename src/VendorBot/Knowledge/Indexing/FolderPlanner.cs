using VendorBot.Knowledge.Chunking;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Knowledge.Indexing;

/// <summary>
/// Scans the documents folder and compares it with the indexed content hashes: unchanged files are not parsed, changed
/// and new ones are parsed and chunked, gone ones are marked for removal. Runs before any write lock is taken.
/// A file that fails now but was indexed before keeps its old version (it is neither removed nor replaced), and so do the
/// documents under a folder that cannot be listed.
/// </summary>
internal sealed class FolderPlanner(DocumentLoader loader)
{
    /// <summary>Builds the plan for <paramref name="folder"/> against <paramref name="indexedHashes"/> (document id → hash).</summary>
    public Task<FolderPlan> PlanAsync(
        string folder,
        IReadOnlyDictionary<string, string> indexedHashes,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken) =>
        PlanAsync(DocumentFolderScanner.Scan(folder, loader.IsSupported), indexedHashes, progress, cancellationToken);

    /// <summary>Builds the plan for an existing <paramref name="scan"/> (test seam: a scan with a fake folder listing).</summary>
    internal async Task<FolderPlan> PlanAsync(
        FolderScan scan,
        IReadOnlyDictionary<string, string> indexedHashes,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var upserts = new List<PreparedDocument>();
        var failures = new List<IndexFailure>(scan.Refused);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unchanged = 0;
        for (var i = 0; i < scan.Files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = scan.Files[i];
            seen.Add(file.Id);
            try
            {
                var bytes = await loader.ReadAsync(file, cancellationToken).ConfigureAwait(false);
                var indexed = indexedHashes.TryGetValue(file.Id, out var hash);
                if (indexed && hash == bytes.Hash)
                {
                    unchanged++;
                }
                else
                {
                    var document = loader.Parse(file, bytes);
                    upserts.Add(new PreparedDocument(document, PassageChunker.Chunk(document), IsNew: !indexed));
                }
            }
            catch (DocumentLoadException ex)
            {
                failures.Add(new IndexFailure(file.Id, ex.Message));
            }

            progress?.Report(new IndexProgress(IndexPhase.Reading, i + 1, scan.Files.Count, file.Id));
        }

        var removals = indexedHashes.Keys
            .Where(id => !seen.Contains(id) && !scan.UnlistedFolders.Any(folder => id.StartsWith(folder + "/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        return new FolderPlan(upserts, removals, unchanged, failures);
    }
}
