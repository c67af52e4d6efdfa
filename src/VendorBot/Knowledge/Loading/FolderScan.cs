using VendorBot.Knowledge.Indexing;

namespace VendorBot.Knowledge.Loading;

/// <summary>The result of scanning the documents root.</summary>
/// <param name="Files">The regular document files to load, ordered by id.</param>
/// <param name="Refused">Entries not read, each with its reason (links leaving the root, pipes, devices, unlistable folders).</param>
/// <param name="UnlistedFolders">Folders (ids relative to the root) that could not be listed: what was indexed under them stays.</param>
internal sealed record FolderScan(IReadOnlyList<DocumentFile> Files, IReadOnlyList<IndexFailure> Refused, IReadOnlyList<string> UnlistedFolders);
