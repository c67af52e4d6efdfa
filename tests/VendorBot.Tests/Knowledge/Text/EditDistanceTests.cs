using VendorBot.Knowledge.Text;

namespace VendorBot.Tests.Knowledge.Text;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("norvatel", "norvatel", 0)]
    [InlineData("norvtael", "norvatel", 1)]
    [InlineData("norvatl", "norvatel", 1)]
    [InlineData("quelink", "quellink", 1)]
    [InlineData("kestrell", "kestrel", 1)]
    [InlineData("nrvatl", "norvatel", 2)]
    public void CountsInsertionsDeletionsSubstitutionsAndTranspositions(string a, string b, int distance)
    {
        EditDistance.Between(a, b, 2).ShouldBe(distance);
    }

    [Fact]
    public void StopsCountingPastTheLimit()
    {
        EditDistance.Between("norvatel", "quellink", 2).ShouldBe(3);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(5, 1)]
    [InlineData(8, 2)]
    public void ShortWordsAllowFewerTypos(int length, int limit)
    {
        EditDistance.TypoLimit(length).ShouldBe(limit);
    }
}
