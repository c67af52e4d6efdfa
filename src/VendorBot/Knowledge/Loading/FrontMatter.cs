namespace VendorBot.Knowledge.Loading;

/// <summary>A parsed front-matter block: its values by key (case-insensitive) and where the body starts.</summary>
/// <param name="Values">Every key of the block; unknown keys are kept and ignored by the readers.</param>
/// <param name="BodyStart">Index in the text where the body starts (after the closing <c>---</c> line).</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, FrontMatterValue> Values, int BodyStart)
{
    /// <summary>No front matter: the whole text is the body.</summary>
    public static FrontMatter None { get; } = new(new Dictionary<string, FrontMatterValue>(), 0);
}
