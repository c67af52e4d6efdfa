using Microsoft.Extensions.Logging;

namespace VendorBot.Knowledge.Indexing;

/// <summary>Source-generated log messages of indexing.</summary>
internal static partial class IndexingLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Indexed {Folder}: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged, {Failed} failed, {Passages} passages in {ElapsedMs} ms")]
    public static partial void Reindexed(
        ILogger logger, string folder, int added, int updated, int removed, int unchanged, int failed, int passages, long elapsedMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Skipped {Path}: {Reason}")]
    public static partial void FileSkipped(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Indexed documents: {Added} added, {Updated} updated, {Unchanged} unchanged, {Passages} passages in {ElapsedMs} ms")]
    public static partial void DocumentsIndexed(ILogger logger, int added, int updated, int unchanged, int passages, long elapsedMs);
}
