using VendorBot.Answering.Relevance;
using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Answering.Relevance;

public sealed class RelevanceGateTests
{
    private static readonly string[] Corpus =
    [
        "The Ministry of Digital Affairs of Veloria accused Norvatel of hiding a backdoor in its routers.",
        "Norvatel denied the allegations and said the routers contain no backdoor.",
        "Veloria ordered operators to stop installing the routers until June.",
        "Ostland imposed sanctions on Kestrel Systems for exporting cameras.",
    ];

    [Theory]
    [InlineData("What did Veloria accuse Norvatel of?", true)]
    [InlineData("Where are Norvatel's routers manufactured?", true)]
    [InlineData("What is Zentrix accused of?", false)]
    [InlineData("What's the weather in Veloria today?", false)]
    [InlineData("What is it?", false)]
    public async Task CoverageOfTheQuestionByTheEvidenceDecides(string question, bool covered)
    {
        var gate = new RelevanceGate(new CorpusStatistics(Corpus));
        var evidence = Corpus.Take(2).Select((text, i) => Some.Hit(text, ordinal: i)).ToList();

        var verdict = await gate.AssessAsync(question, evidence, TestContext.Current.CancellationToken);

        verdict.IsCovered.ShouldBe(covered, verdict.Reason);
    }

    [Fact]
    public async Task ANameTheEvidenceLacksIsDecisiveEvenWhenTheIndexKnowsIt()
    {
        var gate = new RelevanceGate(new CorpusStatistics(Corpus));
        var evidence = new[] { Some.Hit(Corpus[0]) };

        var verdict = await gate.AssessAsync("Did Ostland accuse Norvatel of hiding a backdoor?", evidence, TestContext.Current.CancellationToken);

        verdict.IsCovered.ShouldBeFalse();
        verdict.Reason.ShouldBe("the sources say nothing about Ostland");
    }

    [Fact]
    public async Task RareWordsWeighMoreThanWordsInEveryPassage()
    {
        var gate = new RelevanceGate(new CorpusStatistics(Corpus));

        var verdict = await gate.AssessAsync("Norvatel routers sanctions", [Some.Hit(Corpus[1])], TestContext.Current.CancellationToken);

        verdict.TermWeights["sanction"].ShouldBeGreaterThan(verdict.TermWeights["router"]);
    }

    [Fact]
    public async Task NoEvidenceIsNeverCovered()
    {
        var gate = new RelevanceGate(new CorpusStatistics(Corpus));

        var verdict = await gate.AssessAsync("Who accused Norvatel?", [], TestContext.Current.CancellationToken);

        verdict.IsCovered.ShouldBeFalse();
    }

    /// <summary>Document frequencies counted over an in-memory list of passages, stemmed like the index.</summary>
    private sealed class CorpusStatistics(IReadOnlyList<string> passages) : ITermStatistics
    {
        public Task<TermCounts> CountAsync(IReadOnlyCollection<string> stems, CancellationToken cancellationToken)
        {
            var sets = passages.Select(p => TextAnalyzer.Words(p).Select(t => t.Stem).ToHashSet()).ToList();
            var counts = stems.ToDictionary(s => s, s => (long)sets.Count(set => set.Contains(s)));
            return Task.FromResult(new TermCounts(passages.Count, counts));
        }
    }
}
