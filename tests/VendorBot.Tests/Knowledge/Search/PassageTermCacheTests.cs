using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class PassageTermCacheTests
{
    private static readonly IndexStatistics Before = new(10, new FieldCounts(20, 0, 100));
    private static readonly PassageTerms Terms = IndexTerms.Count(new CandidateText(1, "Title", string.Empty, "Body text."));

    [Fact]
    public void ACachedPassageIsReturnedForTheSameIndex()
    {
        var cache = new PassageTermCache();
        cache.Add(Before, 1, Terms);

        cache.TryGet(Before, 1, out var cached).ShouldBeTrue();
        cached.ShouldBeSameAs(Terms);
        cache.TryGet(Before, 2, out _).ShouldBeFalse();
    }

    [Fact]
    public void AChangedIndexEmptiesTheCache()
    {
        var cache = new PassageTermCache();
        cache.Add(Before, 1, Terms);

        cache.TryGet(Before with { PassageCount = 11 }, 1, out _).ShouldBeFalse();
        cache.TryGet(Before, 1, out _).ShouldBeFalse();
    }
}
