using System.ComponentModel.DataAnnotations;

namespace VendorBot.Knowledge;

/// <summary>Where the index and the documents live.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Knowledge";

    /// <summary>The SQLite index file. <value>Default <c>data/vendorbot.db</c>, relative to the working directory.</value></summary>
    [Required(ErrorMessage = "Knowledge:DatabasePath is required")]
    public string DatabasePath { get; set; } = "data/vendorbot.db";

    /// <summary>The documents folder indexed at start and by reindex. <value>Default <c>seeds</c>.</value></summary>
    [Required(ErrorMessage = "Knowledge:DocumentsPath is required")]
    public string DocumentsPath { get; set; } = "seeds";

    /// <summary>
    /// Open the index read-only (several bot processes sharing one published index file).
    /// <value>Default false. When true, nothing is migrated or reindexed by this process.</value>
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// Largest document file read; bigger files are reported and skipped.
    /// <value>Default 20 MB (<see cref="KnowledgeLimits.DefaultMaxFileBytes"/>); from 1 byte to 2 GB.</value>
    /// </summary>
    [Range(1L, 2L * 1024 * 1024 * 1024, ErrorMessage = "Knowledge:MaxFileBytes must be between 1 and 2147483648")]
    public long MaxFileBytes { get; set; } = KnowledgeLimits.DefaultMaxFileBytes;
}
