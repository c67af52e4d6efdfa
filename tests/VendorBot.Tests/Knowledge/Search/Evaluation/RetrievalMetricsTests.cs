using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Tests.Knowledge.Search.Evaluation;

public sealed class RetrievalMetricsTests
{
    [Fact]
    public void MetricsMatchTheSelfTestOfBeirEval()
    {
        // The case of beir_eval.py --self-test: q1 ranks b, x, a with grades a=2, b=1; q2 has no results.
        var judgements = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["q1"] = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1 },
            ["q2"] = new Dictionary<string, int> { ["c"] = 1 },
        };
        var run = new Dictionary<string, IReadOnlyList<RankedDocument>>
        {
            ["q1"] = [new("b", 3), new("x", 2), new("a", 1)],
            ["q2"] = [],
        };

        var metrics = RetrievalMetrics.Evaluate(judgements, run);

        metrics.NdcgAt10.ShouldBe(2 / (2 + (1 / Math.Log2(3))) / 2, tolerance: 1e-9);
        metrics.MrrAt10.ShouldBe(0.5, tolerance: 1e-9);
        metrics.RecallAt100.ShouldBe(0.5, tolerance: 1e-9);
        metrics.Queries.ShouldBe(2);
    }

    [Fact]
    public void TiesAreBrokenByDocumentIdDescendingLikeTrecEval()
    {
        var judgements = new Dictionary<string, IReadOnlyDictionary<string, int>> { ["q"] = new Dictionary<string, int> { ["b"] = 1 } };
        var run = new Dictionary<string, IReadOnlyList<RankedDocument>> { ["q"] = [new("a", 1), new("b", 1)] };

        RetrievalMetrics.Evaluate(judgements, run).MrrAt10.ShouldBe(1.0);
    }
}
