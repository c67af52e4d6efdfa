namespace VendorBot.Knowledge.Loading;

/// <summary>Reads one kind of file (by extension) into plain text and the metadata the file carries.</summary>
internal interface IDocumentFormat
{
    /// <summary>Lower-case extensions with the dot (<c>.md</c>).</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the file's bytes.</summary>
    /// <exception cref="DocumentLoadException">The file cannot be read as this format.</exception>
    DocumentContent Read(byte[] bytes);
}
