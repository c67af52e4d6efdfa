using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VendorBot.Knowledge.Indexing;
using VendorBot.Knowledge.Loading;
using VendorBot.Knowledge.Storage;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Adds articles to the documents folder and the index, lists them and removes them. An added article (a link, an
/// uploaded attachment, a local file, a feed item) is extracted, its vendors detected, written as a Markdown document
/// with front matter under <c>Documents:Folder</c> and indexed at once by the same incremental reindex
/// <c>vendorbot index</c> runs, so the folder stays the source of truth. An article already present (the same link or
/// the same text) is reported, not added again. Adds and removes are serialised.
/// </summary>
public sealed class ArticleLibrary : IDisposable
{
    private readonly WebFetcher _fetcher;
    private readonly KnowledgeIndexer _indexer;
    private readonly KnowledgeCatalog _catalog;
    private readonly DocumentListing _listing;
    private readonly KnowledgeOptions _knowledge;
    private readonly DocumentsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ArticleLibrary> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates the library over the documents folder and the index.</summary>
    public ArticleLibrary(
        WebFetcher fetcher,
        KnowledgeIndexer indexer,
        KnowledgeDatabase database,
        KnowledgeCatalog catalog,
        IOptions<KnowledgeOptions> knowledge,
        IOptions<DocumentsOptions> options,
        TimeProvider time,
        ILogger<ArticleLibrary> logger)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        _fetcher = fetcher;
        _indexer = indexer;
        _catalog = catalog;
        _listing = new DocumentListing(database);
        _knowledge = knowledge.Value;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The folder added articles are written to.</summary>
    public string ArticlesFolder => Path.Combine(_knowledge.DocumentsPath, _options.Folder);

    /// <summary>Fetches <paramref name="url"/> and adds its article.</summary>
    /// <exception cref="DocumentFetchException">The link is refused or cannot be fetched.</exception>
    /// <exception cref="DocumentLoadException">The page has no article text.</exception>
    public async Task<AddOutcome> AddFromUrlAsync(Uri url, string requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ThrowIfReadOnly();
        var resource = await _fetcher.FetchAsync(new FetchRequest(url, requester), cancellationToken).ConfigureAwait(false);
        return await AddFetchedAsync(resource, requester, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads an uploaded file from an attachment host (<c>Documents:AttachmentHosts</c>) and adds it; its type comes from <paramref name="fileName"/>.</summary>
    /// <exception cref="DocumentFetchException">The host is not an attachment host or the download failed.</exception>
    /// <exception cref="DocumentLoadException">The file is not a supported kind or has no text.</exception>
    public async Task<AddOutcome> AddFromAttachmentAsync(Uri url, string fileName, string requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ThrowIfReadOnly();
        var mediaType = SupportedFileType(fileName);
        var resource = await _fetcher.FetchAttachmentAsync(
            new FetchRequest(url, requester) { ContentTypes = AttachmentContentTypes }, cancellationToken).ConfigureAwait(false);
        CheckFileSize(resource.Body.Length);
        var article = Extract(resource.Body, mediaType, source: null, Path.GetFileNameWithoutExtension(fileName));
        return await AddAsync(article, requester, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a local file (.md, .txt, .html, .pdf up to <c>Knowledge:MaxFileBytes</c>).</summary>
    /// <exception cref="DocumentLoadException">The file is missing, too large, not a supported kind or has no text.</exception>
    public async Task<AddOutcome> AddFromFileAsync(string path, string requester, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ThrowIfReadOnly();
        var mediaType = SupportedFileType(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new DocumentLoadException($"the file '{path}' does not exist");
        }

        CheckFileSize(file.Length);
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        CheckFileSize(bytes.Length);
        var article = Extract(bytes, mediaType, source: null, Path.GetFileNameWithoutExtension(path));
        return await AddAsync(article, requester, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the article of a resource already fetched (a link, a feed item).</summary>
    /// <exception cref="DocumentLoadException">The content has no article text.</exception>
    public async Task<AddOutcome> AddFetchedAsync(FetchedResource resource, string requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var article = Extract(resource.Body, resource.MediaType ?? "application/octet-stream", resource.Uri, resource.Uri.Segments[^1].Trim('/'));
        return await AddAsync(article, requester, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The id of the document that already has this link, or null.</summary>
    public Task<string?> FindByUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _listing.FindByUrlAsync(url.AbsoluteUri, cancellationToken);
    }

    /// <summary>The indexed documents, about <paramref name="vendor"/> when given, newest first.</summary>
    public Task<IReadOnlyList<DocumentSummary>> ListAsync(string? vendor, CancellationToken cancellationToken) =>
        _listing.ListAsync(vendor, cancellationToken);

    /// <summary>The indexed document with this id, or null.</summary>
    public Task<DocumentSummary?> FindAsync(string id, CancellationToken cancellationToken) => _listing.FindAsync(id, cancellationToken);

    /// <summary>
    /// Deletes the document's file from the documents folder and drops it from the index. Answers already given keep
    /// their copies of its passages (the answers log stores copies), so their sources still show.
    /// </summary>
    /// <returns>The removed document, or null when no document has this id.</returns>
    public async Task<DocumentSummary?> RemoveAsync(string id, string requester, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ThrowIfReadOnly();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var document = await _listing.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return null;
            }

            var path = Path.Combine(_knowledge.DocumentsPath, id);
            if (!DocumentFolderScanner.IsInsideRoot(_knowledge.DocumentsPath, path))
            {
                throw new DocumentLoadException($"'{id}' is not inside the documents folder");
            }

            File.Delete(path);
            // The admin asked for this removal, so the mass-removal guard (which protects against a wrong folder) must
            // not leave the index citing a file that is gone, even when it was the only or one of few documents.
            await ReindexAsync(new ReindexRequest { AllowRemoval = true }, cancellationToken).ConfigureAwait(false);
            ArticleLog.Removed(_logger, requester, id, document.Title);
            return document;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Rewrites the front matter of a Markdown document (<see cref="FrontMatterEditor"/>) and reindexes it. When the
    /// edited document cannot be indexed, the file is put back as it was.
    /// </summary>
    /// <returns>The document as indexed after the edit, or null when no document has this id.</returns>
    /// <exception cref="DocumentLoadException">It is not a Markdown document, a value is not valid, or the edit could not be indexed.</exception>
    public async Task<DocumentSummary?> EditAsync(string id, DocumentEdit edit, string requester, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(edit);
        ThrowIfReadOnly();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await _listing.FindAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                return null;
            }

            var path = Path.Combine(_knowledge.DocumentsPath, id);
            if (!DocumentFolderScanner.IsInsideRoot(_knowledge.DocumentsPath, path))
            {
                throw new DocumentLoadException($"'{id}' is not inside the documents folder");
            }

            if (!string.Equals(Path.GetExtension(path), ".md", StringComparison.OrdinalIgnoreCase))
            {
                throw new DocumentLoadException($"only Markdown documents (.md) have front matter to edit, and '{id}' is not one");
            }

            var original = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(path, FrontMatterEditor.Apply(original, edit), cancellationToken).ConfigureAwait(false);
            var report = await ReindexAsync(ReindexRequest.Default, cancellationToken).ConfigureAwait(false);
            if (report.Failures.FirstOrDefault(failure => failure.Path == id) is { } failure)
            {
                await File.WriteAllTextAsync(path, original, CancellationToken.None).ConfigureAwait(false);
                await ReindexAsync(ReindexRequest.Default, CancellationToken.None).ConfigureAwait(false);
                throw new DocumentLoadException($"the edited document could not be indexed ({failure.Reason}), so it was left as it was");
            }

            var updated = await _listing.FindAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new DocumentLoadException($"'{id}' left the index while it was edited");
            // The index keeps whole dates; the report shows the precision the edit gave.
            if (edit.Published is { } given)
            {
                updated = updated with { Published = PublishedDate.Parse(given.Trim())?.ToString() ?? updated.Published };
            }

            ArticleLog.Edited(_logger, requester, id, updated.Title);
            return updated;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static readonly IReadOnlyList<string> AttachmentContentTypes =
        ["text/html", "application/xhtml+xml", "application/pdf", "text/plain", "text/markdown", "application/octet-stream", "text/x-markdown"];

    // Checked before anything is fetched or written: a read-only index cannot take the new document.
    private void ThrowIfReadOnly()
    {
        if (_knowledge.ReadOnly)
        {
            throw new KnowledgeStoreException(
                "the index is opened read-only (Knowledge:ReadOnly); add documents where the index is built ('vendorbot add' there)");
        }
    }

    private static string SupportedFileType(string fileName) =>
        ArticleExtractor.MediaTypeOf(fileName)
        ?? throw new DocumentLoadException($"'{Path.GetFileName(fileName)}' is not a kind of file that is added (.md, .txt, .html, .pdf)");

    private void CheckFileSize(long length)
    {
        if (length > _knowledge.MaxFileBytes)
        {
            throw new DocumentLoadException(
                $"the file is larger than {_knowledge.MaxFileBytes / 1048576.0:0.#} MB (Knowledge:MaxFileBytes)");
        }
    }

    private static ExtractedArticle Extract(byte[] bytes, string mediaType, Uri? source, string fallbackTitle) =>
        ArticleExtractor.Extract(bytes, mediaType, source, string.IsNullOrWhiteSpace(fallbackTitle) ? "Untitled" : fallbackTitle);

    private async Task<AddOutcome> AddAsync(ExtractedArticle article, string requester, CancellationToken cancellationToken)
    {
        ThrowIfReadOnly();
        var contentHash = ContentHash.Of(article.Text);
        var normalisedUrl = ArticleUrl.Normalise(article.Url);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await FindDuplicateAsync(article, normalisedUrl, contentHash, cancellationToken).ConfigureAwait(false) is { } duplicate)
            {
                ArticleLog.Duplicate(_logger, requester, duplicate.Document.Id, duplicate.Duplicate!);
                return duplicate;
            }

            var known = (await _catalog.ListVendorsAsync(cancellationToken).ConfigureAwait(false)).Select(vendor => vendor.Vendor)
                .Concat(_options.Vendors);
            var vendors = article.Vendors.Concat(VendorDetector.Detect(article, known))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            var markdown = ArticleMarkdown.Render(article, vendors, _time.GetUtcNow(), contentHash);
            var path = await ArticleFiles.WriteNewAsync(ArticlesFolder, ArticleFiles.Slug(article.Title), markdown, cancellationToken)
                .ConfigureAwait(false);
            var id = Path.GetRelativePath(_knowledge.DocumentsPath, path).Replace('\\', '/');
            var report = await ReindexAsync(ReindexRequest.Default, cancellationToken).ConfigureAwait(false);
            var document = await _listing.FindAsync(id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                File.Delete(path);
                var reason = report.Failures.FirstOrDefault(failure => failure.Path == id)?.Reason ?? "it was not indexed";
                throw new DocumentLoadException($"the article could not be indexed: {reason}");
            }

            // The index keeps whole dates; the report shows the precision the article gave.
            document = document with { Published = article.Published?.ToString() };
            ArticleLog.Added(_logger, requester, id, document.Title, document.Vendors.Count, document.Passages);
            return new AddOutcome(document, Duplicate: null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AddOutcome?> FindDuplicateAsync(
        ExtractedArticle article, string? normalisedUrl, string contentHash, CancellationToken cancellationToken)
    {
        if (article.Url is { } url && await _listing.FindByUrlAsync(url, cancellationToken).ConfigureAwait(false) is { } byUrl
            && await _listing.FindAsync(byUrl, cancellationToken).ConfigureAwait(false) is { } indexed)
        {
            return new AddOutcome(indexed, "the same link");
        }

        if (await ArticleFiles.FindDuplicateAsync(ArticlesFolder, normalisedUrl, contentHash, cancellationToken).ConfigureAwait(false) is { } file)
        {
            var id = Path.GetRelativePath(_knowledge.DocumentsPath, file.Path).Replace('\\', '/');
            var document = await _listing.FindAsync(id, cancellationToken).ConfigureAwait(false)
                ?? new DocumentSummary(id, article.Title, article.Publisher, article.Url, article.Published?.ToString(), [], 0);
            return new AddOutcome(document, file.Reason);
        }

        return null;
    }

    private Task<ReindexReport> ReindexAsync(ReindexRequest request, CancellationToken cancellationToken) =>
        _indexer.ReindexAsync(_knowledge.DocumentsPath, request, progress: null, cancellationToken);
}
