using VendorBot.Knowledge;

namespace VendorBot.Answering;

/// <summary>One numbered source of an answer: what <c>[Number]</c> in the answer text points to.</summary>
/// <param name="Number">The marker number in the answer text.</param>
/// <param name="PassageId">The cited passage (may no longer exist after a reindex; the copy in the answer log stays).</param>
/// <param name="DocumentId">The passage's document.</param>
/// <param name="DocumentTitle">The document title.</param>
/// <param name="Publisher">Who published it, when known.</param>
/// <param name="Url">Where it was published, when known.</param>
/// <param name="PublishedOn">When it was published, when known.</param>
/// <param name="Quote">The exact words of the passage the answer relies on.</param>
/// <param name="PassageText">The whole passage, as it was when the answer was given.</param>
public sealed record Citation(
    int Number,
    string PassageId,
    string DocumentId,
    string DocumentTitle,
    string? Publisher,
    string? Url,
    DateOnly? PublishedOn,
    string Quote,
    string PassageText)
{
    /// <summary>How much of <see cref="PublishedOn"/> the source gives.</summary>
    public DatePrecision PublishedPrecision { get; init; }

    /// <summary><see cref="PublishedOn"/> at its precision (<c>2018-07-15</c>, <c>2018-07</c>), or null.</summary>
    public string? PublishedText => PublishedOn is { } date ? PublishedDates.Format(date, PublishedPrecision) : null;

    /// <summary><see cref="PublishedOn"/> as a reader sees it (<c>2018-07-15</c>, <c>July 2018</c>), or null.</summary>
    public string? PublishedReadable => PublishedOn is { } date ? PublishedDates.Readable(date, PublishedPrecision) : null;
}
