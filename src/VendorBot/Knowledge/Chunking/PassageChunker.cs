using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Chunking;

/// <summary>
/// Cuts a document's text into passages of a few sentences (about <see cref="KnowledgeLimits.PassageTargetChars"/>,
/// never more than <see cref="KnowledgeLimits.PassageMaxChars"/>) on sentence boundaries. A passage never crosses a
/// heading and never includes the heading line; its heading path names the headings above it.
/// Every passage satisfies <c>document.Text[Start..End] == Text</c>.
/// </summary>
public static class PassageChunker
{
    /// <summary>Returns the passages of <paramref name="document"/> in order, with ids <c>{DocumentId}#{Ordinal}</c>.</summary>
    public static IReadOnlyList<Passage> Chunk(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var headings = MergeHeadings(document);
        var passages = new List<Passage>();
        var path = new List<TextHeading>();
        var segmentStart = 0;
        foreach (var heading in headings)
        {
            AddSegment(document, new TextSpan(segmentStart, heading.Span.Start), path, passages);
            path.RemoveAll(h => h.Level >= heading.Level);
            path.Add(heading);
            segmentStart = heading.Span.End;
        }

        AddSegment(document, new TextSpan(segmentStart, text.Length), path, passages);
        return passages;
    }

    private static List<TextHeading> MergeHeadings(SourceDocument document)
    {
        var explicitHeadings = document.Headings;
        var implicitLevel = explicitHeadings.Count == 0 ? 1 : explicitHeadings.Max(h => h.Level) + 1;
        var merged = new List<TextHeading>(explicitHeadings);
        foreach (var span in HeadingDetector.Detect(document.Text))
        {
            if (!explicitHeadings.Any(h => h.Span.Start < span.End && span.Start < h.Span.End))
            {
                merged.Add(new TextHeading(implicitLevel, span.Slice(document.Text), span));
            }
        }

        merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return merged;
    }

    private static void AddSegment(SourceDocument document, TextSpan segment, List<TextHeading> path, List<Passage> passages)
    {
        if (segment.Length <= 0)
        {
            return;
        }

        var headingPath = string.Join(KnowledgeLimits.HeadingSeparator, path.Select(h => h.Text));
        var start = -1;
        var end = -1;
        foreach (var sentence in SentencePieces(document.Text, SentenceSplitter.Split(document.Text, segment)))
        {
            if (start >= 0 && (end - start >= KnowledgeLimits.PassageTargetChars || sentence.End - start > KnowledgeLimits.PassageMaxChars))
            {
                passages.Add(CreatePassage(document, passages.Count, headingPath, start, end));
                start = -1;
            }

            if (start < 0)
            {
                start = sentence.Start;
            }

            end = sentence.End;
        }

        if (start >= 0)
        {
            passages.Add(CreatePassage(document, passages.Count, headingPath, start, end));
        }
    }

    // Sentences longer than a passage are cut at the last white space before the limit (or hard, when there is none).
    private static IEnumerable<TextSpan> SentencePieces(string text, IReadOnlyList<TextSpan> sentences)
    {
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            while (sentence.End - start > KnowledgeLimits.PassageMaxChars)
            {
                var cut = start + KnowledgeLimits.PassageMaxChars;
                var space = text.LastIndexOf(' ', cut - 1, KnowledgeLimits.PassageMaxChars / 2);
                if (space > start)
                {
                    cut = space;
                }
                else if (char.IsLowSurrogate(text[cut]))
                {
                    cut--;
                }

                yield return new TextSpan(start, cut);
                start = cut;
                while (start < sentence.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }

            if (sentence.End > start)
            {
                yield return new TextSpan(start, sentence.End);
            }
        }
    }

    private static Passage CreatePassage(SourceDocument document, int ordinal, string headingPath, int start, int end) =>
        new($"{document.Id}#{ordinal}", document.Id, ordinal, headingPath, start, end, document.Text[start..end]);
}
