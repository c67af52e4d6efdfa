using VendorBot.Knowledge.Indexing;

namespace VendorBot.Knowledge.Loading;

/// <summary>The result of scanning the documents root: the files to load, and links refused because they leave the root.</summary>
internal sealed record FolderScan(IReadOnlyList<DocumentFile> Files, IReadOnlyList<IndexFailure> Refused);
