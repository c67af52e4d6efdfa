using System.Text;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Chunking;
using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Chunking;

public sealed class PassageChunkerTests
{
    private static readonly string[] Fragments =
    [
        "Huawei denied it.", "The U.S. accused ZTE.", "Mr. Smith said “no evidence.”", "Growth was 3.5 percent.",
        "J. R. R. Tolkien wrote it.", "permissionsو and later", "华为否认了指控。", "美国表示担忧！", "Компания отрицает это.",
        "لا يوجد دليل، حتى الآن؟", "یہ ایک جملہ ہے۔", "Wait...", "It’s “physically isolated.”", "e.g. data", "No. 5",
        "😀🚀", "\n", "\n\n", "  ", "\t", "A Heading Line\n", "# not markdown", "x", "…", "?!", "(see above.)",
    ];

    [Fact]
    public void EveryPassageIsTheExactSliceOfTheDocumentTextAcrossManyGeneratedTexts()
    {
        var random = new Random(20240501);
        for (var round = 0; round < 300; round++)
        {
            var text = GenerateText(random);
            var document = Some.Document(text);

            var passages = PassageChunker.Chunk(document);

            AssertWellFormed(document, passages);
        }
    }

    [Fact]
    public void EveryPassageOfTheSeedArticleRoundTripsAndTheHiddenHeadingStartsANewSection()
    {
        var text = SeedArticle.Body();
        var document = Some.Document(text, id: "huawei-lahore-safe-city-backdoor.md");

        var passages = PassageChunker.Chunk(document);

        AssertWellFormed(document, passages);
        passages[0].HeadingPath.ShouldBeEmpty();
        passages[^1].HeadingPath.ShouldBe("Huawei has a lousy history of installing backdoors");
        passages.ShouldAllBe(p => !p.Text.Contains("lousy history", StringComparison.Ordinal));
        passages.ShouldContain(p => p.Text.StartsWith("This is not the first time", StringComparison.Ordinal));
    }

    [Fact]
    public void PassagesHoldAFewSentencesWithinTheSizeLimits()
    {
        var text = string.Join(' ', Enumerable.Range(0, 80).Select(i => Some.Sentence(12, i)));

        var passages = PassageChunker.Chunk(Some.Document(text));

        passages.Count.ShouldBeGreaterThan(3);
        passages.SkipLast(1).ShouldAllBe(p => p.Text.Length >= 300 && p.Text.Length <= KnowledgeLimits.PassageMaxChars);
        passages.ShouldAllBe(p => p.Text.EndsWith('.'));
    }

    [Fact]
    public void ASentenceLongerThanAPassageIsCutAtWhiteSpace()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 700)) + ".";

        var passages = PassageChunker.Chunk(Some.Document(text));

        passages.Count.ShouldBeGreaterThan(1);
        passages.ShouldAllBe(p => p.Text.Length <= KnowledgeLimits.PassageMaxChars && !p.Text.StartsWith(' ') && !p.Text.EndsWith(' '));
        AssertWellFormed(Some.Document(text), passages);
    }

    [Fact]
    public void ExplicitHeadingsNestIntoTheHeadingPath()
    {
        const string text = "Report\n\nIntro text.\n\nBackdoors\n\nFirst claim.\n\nSanctions\n\nSecond claim.";
        var document = Some.Document(text) with
        {
            Headings =
            [
                new TextHeading(1, "Report", new TextSpan(0, 6)),
                new TextHeading(2, "Backdoors", Span(text, "Backdoors")),
                new TextHeading(2, "Sanctions", Span(text, "Sanctions")),
            ],
        };

        var passages = PassageChunker.Chunk(document);

        passages.Select(p => (p.HeadingPath, p.Text)).ShouldBe(
        [
            ("Report", "Intro text."),
            ("Report › Backdoors", "First claim."),
            ("Report › Sanctions", "Second claim."),
        ]);
    }

    [Fact]
    public void PassageIdsAreTheDocumentIdAndTheOrdinal()
    {
        var text = string.Join(' ', Enumerable.Range(0, 30).Select(i => Some.Sentence(15, i)));

        var passages = PassageChunker.Chunk(Some.Document(text, id: "dir/a.md"));

        passages.Select(p => p.Id).ShouldBe(passages.Select((_, i) => $"dir/a.md#{i}"));
        passages.Select(p => p.Ordinal).ShouldBe(Enumerable.Range(0, passages.Count));
    }

    private static TextSpan Span(string text, string value)
    {
        var start = text.IndexOf(value, StringComparison.Ordinal);
        return new TextSpan(start, start + value.Length);
    }

    private static string GenerateText(Random random)
    {
        var builder = new StringBuilder();
        var parts = random.Next(0, 120);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(10) == 0 ? new string('z', random.Next(1, 1500)) : Fragments[random.Next(Fragments.Length)]);
            builder.Append(random.Next(3) == 0 ? "" : " ");
        }

        return builder.ToString();
    }

    private static void AssertWellFormed(SourceDocument document, IReadOnlyList<Passage> passages)
    {
        var text = document.Text;
        var previousEnd = 0;
        foreach (var passage in passages)
        {
            passage.Text.ShouldBe(text[passage.Start..passage.End]);
            passage.Start.ShouldBeGreaterThanOrEqualTo(previousEnd);
            passage.Text.Length.ShouldBeInRange(1, KnowledgeLimits.PassageMaxChars);
            passage.Text.ShouldNotStartWith(" ");
            char.IsLowSurrogate(text[passage.Start]).ShouldBeFalse();
            previousEnd = passage.End;
        }

        var covered = new bool[text.Length];
        foreach (var passage in passages)
        {
            Array.Fill(covered, true, passage.Start, passage.End - passage.Start);
        }

        var headings = HeadingDetector.Detect(text).Concat(document.Headings.Select(h => h.Span)).ToList();
        for (var i = 0; i < text.Length; i++)
        {
            if (!covered[i] && !char.IsWhiteSpace(text[i]) && !headings.Any(h => h.Start <= i && i < h.End))
            {
                throw new ShouldAssertException($"character {i} ('{text[i]}') is in no passage of: {text}");
            }
        }
    }
}
