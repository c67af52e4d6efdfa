namespace VendorBot.Knowledge.Loading;

/// <summary>Plain <c>.txt</c> files: UTF-8 text, with an optional front-matter block like Markdown.</summary>
internal sealed class PlainTextFormat : IDocumentFormat
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    /// <inheritdoc />
    public DocumentContent Read(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);
        var frontMatter = FrontMatterParser.Parse(text);
        return FrontMatterMetadata.Apply(new DocumentContent(text[frontMatter.BodyStart..].Trim()), frontMatter);
    }
}
