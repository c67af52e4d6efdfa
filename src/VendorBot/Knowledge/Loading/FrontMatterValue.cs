namespace VendorBot.Knowledge.Loading;

/// <summary>One front-matter value: a scalar (<c>title: "x"</c>) or a list (<c>[a, b]</c> or <c>- item</c> lines).</summary>
/// <param name="Items">The scalar as a single item, or the list items.</param>
/// <param name="IsList">True when written as a list.</param>
/// <param name="Line">1-based line of the key in the file, for error messages.</param>
internal sealed record FrontMatterValue(IReadOnlyList<string> Items, bool IsList, int Line);
