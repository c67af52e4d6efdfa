using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class RelevanceFeedbackTests
{
    private static readonly SearchOptions Options = new() { FeedbackTerms = 2, FeedbackWeight = 0.5 };

    [Fact]
    public void ExpansionAddsTheMostLikelyTermsAndKeepsWeightsSummingToOne()
    {
        var expanded = RelevanceFeedback.Expand(
            new Dictionary<string, double> { ["huawei"] = 1 },
            [(2.0, Terms(("huawei", 2), ("backdoor", 3), ("router", 1))), (1.0, Terms(("backdoor", 1), ("lahor", 1)))],
            new HashSet<string>(),
            Options);

        expanded.Keys.ShouldBe(["huawei", "backdoor"], ignoreOrder: true);
        expanded.Values.Sum().ShouldBe(1.0, tolerance: 1e-9);
        expanded["huawei"].ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void EquallyLikelyTermsJoinInTheOrderOfTheirSpellingAndOnlyAsManyAsAsked()
    {
        var expanded = RelevanceFeedback.Expand(
            new Dictionary<string, double> { ["zte"] = 1 },
            [(1.0, Terms(("sanction", 2), ("export", 2), ("ban", 2), ("fine", 1)))],
            new HashSet<string>(),
            Options);

        expanded.Keys.ShouldBe(["zte", "ban", "export"]);
    }

    [Fact]
    public void StopWordsNumbersAndSingleLettersAreNeverAdded()
    {
        var expanded = RelevanceFeedback.Expand(
            new Dictionary<string, double> { ["zte"] = 1 },
            [(1.0, Terms(("the", 9), ("2018", 9), ("x", 9), ("export", 1)))],
            new HashSet<string> { "the" },
            Options);

        expanded.Keys.ShouldBe(["zte", "export"], ignoreOrder: true);
    }

    [Fact]
    public void NoFeedbackWeightLeavesTheQueryAsItIs()
    {
        var expanded = RelevanceFeedback.Expand(
            new Dictionary<string, double> { ["zte"] = 1, ["ban"] = 3 },
            [(1.0, Terms(("export", 1)))],
            new HashSet<string>(),
            new SearchOptions { FeedbackWeight = 0 });

        expanded.ShouldBe(new Dictionary<string, double> { ["zte"] = 0.25, ["ban"] = 0.75 });
    }

    private static Dictionary<string, int> Terms(params (string Term, int Count)[] terms) => terms.ToDictionary(t => t.Term, t => t.Count);
}
