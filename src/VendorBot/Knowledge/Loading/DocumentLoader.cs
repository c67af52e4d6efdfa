using System.Globalization;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Reads document files (size-limited, hashed) and parses them with the format their extension names.
/// Reading and parsing are separate so an unchanged file (same hash) is never parsed.
/// </summary>
internal sealed class DocumentLoader(long maxFileBytes, TimeSpan openTimeout)
{
    /// <summary>A loader with the default open timeout (<see cref="KnowledgeLimits.FileOpenTimeout"/>).</summary>
    public DocumentLoader(long maxFileBytes)
        : this(maxFileBytes, KnowledgeLimits.FileOpenTimeout)
    {
    }

    private static readonly IReadOnlyList<IDocumentFormat> AllFormats =
        [new MarkdownFormat(), new PlainTextFormat(), new HtmlFormat(), new PdfFormat()];

    private readonly Dictionary<string, IDocumentFormat> _formats = AllFormats
        .SelectMany(format => format.Extensions.Select(extension => (extension, format)))
        .ToDictionary(pair => pair.extension, pair => pair.format, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a file with this name has a format (others are ignored, not failures).</summary>
    public bool IsSupported(string fileName) => _formats.ContainsKey(Path.GetExtension(fileName));

    /// <summary>Reads the file's bytes and their SHA-256. Opening is bounded by the open timeout, reading by the size limit.</summary>
    /// <exception cref="DocumentLoadException">The file is empty, too large, unreadable or cannot be opened in time.</exception>
    public async Task<FileBytes> ReadAsync(DocumentFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var length = new FileInfo(file.FullPath).Length;
            if (length > maxFileBytes)
            {
                throw TooLarge(length);
            }

            var stream = await OpenAsync(file.FullPath, cancellationToken).ConfigureAwait(false);
            byte[] bytes;
            await using (stream.ConfigureAwait(false))
            {
                bytes = await ReadLimitedAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            if (bytes.Length == 0)
            {
                throw new DocumentLoadException("empty file");
            }

            return new FileBytes(bytes, ContentHash.Of(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException($"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Parses the bytes into a document with id, metadata and text.</summary>
    /// <exception cref="DocumentLoadException">The content is broken or has no text.</exception>
    public SourceDocument Parse(DocumentFile file, FileBytes bytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(bytes);
        var content = _formats[Path.GetExtension(file.Id)].Read(bytes.Bytes);
        if (string.IsNullOrWhiteSpace(content.Text))
        {
            throw new DocumentLoadException("no text in the document");
        }

        return new SourceDocument(
            file.Id,
            content.Title ?? Path.GetFileNameWithoutExtension(file.Id),
            content.Publisher,
            content.Url,
            content.PublishedOn,
            content.Vendors,
            content.Topics,
            bytes.Hash,
            content.Text)
        {
            Headings = content.Headings,
            PublishedPrecision = content.PublishedPrecision,
        };
    }

    // open(2) itself can block (a FIFO FileKinds could not tell apart, a hung network mount): it runs on the thread pool
    // and is given up after the timeout; a late open is closed when it completes.
    private async Task<FileStream> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var open = Task.Run(
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan),
            CancellationToken.None);
        try
        {
            return await open.WaitAsync(openTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _ = open.ContinueWith(static late => late.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw new DocumentLoadException(string.Create(
                CultureInfo.InvariantCulture,
                $"could not be opened within {openTimeout.TotalSeconds:0.#} s (a pipe, a device or an unreachable drive?); not read"));
        }
    }

    private async Task<byte[]> ReadLimitedAsync(FileStream stream, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (content.Length + read > maxFileBytes)
            {
                throw TooLarge(content.Length + read);
            }

            content.Write(buffer, 0, read);
        }

        return content.ToArray();
    }

    private DocumentLoadException TooLarge(long length) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"too large: {length / 1048576.0:0.0} MB (the limit is {maxFileBytes / 1048576.0:0.0} MB, Knowledge:MaxFileBytes)"));
}
