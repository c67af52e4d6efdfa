using VendorBot.Knowledge.Indexing;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Lists the document files under a root folder: hidden files and folders are skipped, unknown extensions ignored,
/// and nothing outside the root is ever returned (symbolic links are resolved and checked; links to folders are not
/// followed, so there are no cycles).
/// </summary>
internal static class DocumentFolderScanner
{
    /// <summary>Scans <paramref name="root"/> recursively for files <paramref name="isSupported"/> accepts, ordered by id.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist.</exception>
    public static FolderScan Scan(string root, Func<string, bool> isSupported)
    {
        ArgumentNullException.ThrowIfNull(isSupported);
        var rootInfo = new DirectoryInfo(Path.GetFullPath(root));
        if (!rootInfo.Exists)
        {
            throw new DirectoryNotFoundException($"the documents folder '{rootInfo.FullName}' does not exist");
        }

        var realRoot = rootInfo.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? rootInfo.FullName;
        var files = new List<DocumentFile>();
        var refused = new List<IndexFailure>();
        ScanDirectory(new DirectoryInfo(realRoot), realRoot, isSupported, files, refused);
        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FolderScan(files, refused);
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

    private static void ScanDirectory(
        DirectoryInfo directory, string root, Func<string, bool> isSupported, List<DocumentFile> files, List<IndexFailure> refused)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
            {
                continue;
            }

            var id = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is not null)
            {
                if (entry is FileInfo && isSupported(entry.Name))
                {
                    AddLinkedFile(entry, id, root, files, refused);
                }

                continue;
            }

            if (entry is DirectoryInfo subdirectory)
            {
                ScanDirectory(subdirectory, root, isSupported, files, refused);
            }
            else if (isSupported(entry.Name))
            {
                files.Add(new DocumentFile(id, entry.FullName));
            }
        }
    }

    private static void AddLinkedFile(FileSystemInfo link, string id, string root, List<DocumentFile> files, List<IndexFailure> refused)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            refused.Add(new IndexFailure(id, "broken link"));
        }
        else if (!IsInsideRoot(root, target.FullName))
        {
            refused.Add(new IndexFailure(id, "links to a file outside the documents folder; not read"));
        }
        else
        {
            files.Add(new DocumentFile(id, target.FullName));
        }
    }
}
