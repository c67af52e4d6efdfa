namespace VendorBot.Knowledge.Articles;

/// <summary>A block of an article's main text: a paragraph (level 0) or a heading (levels 1-6), whitespace collapsed.</summary>
public sealed record ArticleBlock(int Level, string Text)
{
    /// <summary>True for a heading.</summary>
    public bool IsHeading => Level > 0;
}
