using VendorBot.Knowledge.Indexing;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Lists the document files under a root folder: hidden files and folders are skipped, unknown extensions ignored,
/// and nothing outside the root is ever returned (symbolic links are resolved and checked; links to folders are not
/// followed, so there are no cycles). Only regular files are returned: a pipe, device or socket with a document's name is
/// refused with its reason, and so is a subfolder that cannot be listed (its documents are kept as indexed).
/// </summary>
internal static class DocumentFolderScanner
{
    /// <summary>Scans <paramref name="root"/> recursively for files <paramref name="isSupported"/> accepts, ordered by id.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    public static FolderScan Scan(string root, Func<string, bool> isSupported) => Scan(root, isSupported, static directory => directory.EnumerateFileSystemInfos());

    /// <summary>Test seam: <paramref name="list"/> lists a folder (a fake makes one fail as an unreachable mount would).</summary>
    internal static FolderScan Scan(string root, Func<string, bool> isSupported, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> list)
    {
        ArgumentNullException.ThrowIfNull(isSupported);
        var rootInfo = new DirectoryInfo(Path.GetFullPath(root));
        if (!rootInfo.Exists)
        {
            throw new DirectoryNotFoundException($"the documents folder '{rootInfo.FullName}' does not exist");
        }

        var realRoot = rootInfo.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rootInfo.FullName;
        var files = new List<DocumentFile>();
        var scan = new ScanState(realRoot, isSupported, list);
        ScanDirectory(new DirectoryInfo(realRoot), scan, isRoot: true);
        scan.Files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FolderScan(scan.Files, scan.Refused, scan.UnlistedFolders);
    }

    /// <summary>True when <paramref name="candidate"/> (after resolving <c>..</c>) is inside <paramref name="root"/>.</summary>
    public static bool IsInsideRoot(string root, string candidate)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(candidate));
        return relative != "."
            && relative != ".."
            && !relative.StartsWith("../", StringComparison.Ordinal)
            && !relative.StartsWith("..\\", StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }

    private static void ScanDirectory(DirectoryInfo directory, ScanState scan, bool isRoot)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = scan.List(directory).ToList();
        }
        catch (Exception ex) when (!isRoot && ex is IOException or UnauthorizedAccessException)
        {
            var id = Path.GetRelativePath(scan.Root, directory.FullName).Replace('\\', '/');
            scan.Refused.Add(new IndexFailure(id + "/", $"cannot list the folder: {ex.Message}; its documents are kept as indexed"));
            scan.UnlistedFolders.Add(id);
            return;
        }

        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }

            var id = Path.GetRelativePath(scan.Root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null)
            {
                if (entry is FileInfo && scan.IsSupported(entry.Name))
                {
                    AddLinkedFile(entry, id, scan);
                }

                continue;
            }

            if (entry is DirectoryInfo subdirectory)
            {
                ScanDirectory(subdirectory, scan, isRoot: false);
            }
            else if (scan.IsSupported(entry.Name))
            {
                AddFile(id, entry.FullName, scan);
            }
        }
    }

    private static void AddLinkedFile(FileSystemInfo link, string id, ScanState scan)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            scan.Refused.Add(new IndexFailure(id, "broken link"));
        }
        else if (!IsInsideRoot(scan.Root, target.FullName))
        {
            scan.Refused.Add(new IndexFailure(id, "links to a file outside the documents folder; not read"));
        }
        else
        {
            AddFile(id, target.FullName, scan);
        }
    }

    private static void AddFile(string id, string fullPath, ScanState scan)
    {
        if (FileKinds.NotRegularReason(fullPath) is { } reason)
        {
            scan.Refused.Add(new IndexFailure(id, reason));
        }
        else
        {
            scan.Files.Add(new DocumentFile(id, fullPath));
        }
    }

    private sealed record ScanState(string Root, Func<string, bool> IsSupported, Func<DirectoryInfo, IEnumerable<FileSystemInfo>> List)
    {
        public List<DocumentFile> Files { get; } = [];

        public List<IndexFailure> Refused { get; } = [];

        public List<string> UnlistedFolders { get; } = [];
    }
}
