using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Markdown files: front matter for the metadata, then Markdig turns the body into plain text. Literal text keeps
/// every character (curly quotes, stray letters of other scripts), soft line breaks stay line breaks, markup is dropped,
/// and <c>#</c> headings become headings of the passages below them.
/// </summary>
internal sealed class MarkdownFormat : IDocumentFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public DocumentContent Read(byte[] bytes)
    {
        var text = TextDecoder.Decode(bytes);
        var frontMatter = FrontMatterParser.Parse(text);
        var markdown = Markdown.Parse(text[frontMatter.BodyStart..], Pipeline);
        var builder = new PlainTextBuilder();
        WriteBlocks(markdown, builder);
        var content = new DocumentContent(builder.ToString())
        {
            Title = builder.Headings.FirstOrDefault(h => h.Level == 1)?.Text,
            Headings = builder.Headings,
        };
        return FrontMatterMetadata.Apply(content, frontMatter);
    }

    private static void WriteBlocks(ContainerBlock container, PlainTextBuilder builder)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    builder.AddHeading(heading.Level, () => WriteInlines(heading.Inline, builder));
                    break;
                case CodeBlock code:
                    builder.Append(code.Lines.ToString());
                    builder.EndBlock();
                    break;
                case HtmlBlock or ThematicBreakBlock:
                    break;
                case LeafBlock leaf:
                    WriteInlines(leaf.Inline, builder);
                    builder.EndBlock();
                    break;
                case ContainerBlock nested:
                    WriteBlocks(nested, builder);
                    break;
            }
        }
    }

    private static void WriteInlines(ContainerInline? container, PlainTextBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append("\n");
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case ContainerInline nested:
                    WriteInlines(nested, builder);
                    break;
            }
        }
    }
}
