namespace VendorBot.Knowledge.Text;

/// <summary>A heading in a document's text: its level (1 is the top) and where its line is.</summary>
/// <param name="Level">1 for a top heading, larger for nested ones.</param>
/// <param name="Text">The heading text as shown.</param>
/// <param name="Span">Where the heading line is in the document text; passages never include it.</param>
public sealed record TextHeading(int Level, string Text, TextSpan Span);
