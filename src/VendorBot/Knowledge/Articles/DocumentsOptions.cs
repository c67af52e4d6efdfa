using System.ComponentModel.DataAnnotations;

namespace VendorBot.Knowledge.Articles;

/// <summary>How articles are fetched from the web and where added documents are written (<c>Documents</c> section).</summary>
public sealed class DocumentsOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Documents";

    /// <summary>
    /// Host names (or IP literals) fetched even when they resolve to a loopback, private or otherwise internal address.
    /// <value>Default none: only public addresses are fetched.</value>
    /// </summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>Networks in CIDR form (<c>10.1.0.0/16</c>, <c>fd00::/8</c>) whose addresses may be fetched although internal. <value>Default none.</value></summary>
    public IList<string> AllowedNetworks { get; } = [];

    /// <summary>Hosts attachments (uploaded files) are downloaded from. <value>Default Discord's CDN hosts.</value></summary>
    public IList<string> AttachmentHosts { get; } = [];

    /// <summary>Media types accepted from the web. <value>Default HTML, XHTML, PDF, plain text and Markdown.</value></summary>
    public IList<string> AllowedContentTypes { get; } = [];

    /// <summary>Largest response body read (counted while streaming). <value>Default 10 MB; from 1 KB to 100 MB.</value></summary>
    [Range(1024L, 100L * 1024 * 1024, ErrorMessage = "Documents:MaxDownloadBytes must be between 1024 and 104857600")]
    public long MaxDownloadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Time for a whole fetch, redirects and body included. <value>Default 30 s; from 1 s to 5 min.</value></summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Documents:FetchTimeout must be between 00:00:01 and 00:05:00")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed (each one checked like the first address). <value>Default 5; from 0 to 10.</value></summary>
    [Range(0, 10, ErrorMessage = "Documents:MaxRedirects must be between 0 and 10")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The User-Agent sent with every request.</summary>
    [Required(ErrorMessage = "Documents:UserAgent is required")]
    public string UserAgent { get; set; } = "VendorBot/1.0 (+https://github.com/vendorbot)";

    /// <summary>Folder under <c>Knowledge:DocumentsPath</c> where added articles are written. <value>Default <c>articles</c>.</value></summary>
    [Required(ErrorMessage = "Documents:Folder is required")]
    public string Folder { get; set; } = "articles";

    /// <summary>Vendors looked for in an added article besides the ones the index already knows. <value>Default none.</value></summary>
    public IList<string> Vendors { get; } = [];

    /// <summary>The attachment hosts in effect: the configured ones, or Discord's CDN when none are configured.</summary>
    public IReadOnlyList<string> EffectiveAttachmentHosts =>
        AttachmentHosts.Count > 0 ? [.. AttachmentHosts] : ["cdn.discordapp.com", "media.discordapp.net"];

    /// <summary>The media types in effect: the configured ones, or the default list when none are configured.</summary>
    public IReadOnlyList<string> EffectiveContentTypes =>
        AllowedContentTypes.Count > 0 ? [.. AllowedContentTypes] : ["text/html", "application/xhtml+xml", "application/pdf", "text/plain", "text/markdown"];
}
