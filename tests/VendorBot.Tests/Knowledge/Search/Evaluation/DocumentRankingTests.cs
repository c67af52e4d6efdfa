using VendorBot.Knowledge.Search.Evaluation;

namespace VendorBot.Tests.Knowledge.Search.Evaluation;

public sealed class DocumentRankingTests
{
    [Fact]
    public void ADocumentScoresAsItsBestPassage()
    {
        var ranking = DocumentRanking.FromPassages([new("a", 1), new("b", 2), new("a", 3), new("c", 0.5)], 2);

        ranking.ShouldBe([new RankedDocument("a", 3), new RankedDocument("b", 2)]);
    }
}
