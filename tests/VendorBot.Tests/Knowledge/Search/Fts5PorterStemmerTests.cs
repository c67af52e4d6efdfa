using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class Fts5PorterStemmerTests
{
    // Pairs from Porter's published vocabulary and the words the seed questions hinge on.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("threatened", "threaten")]
    [InlineData("threaten", "threaten")]
    [InlineData("accused", "accus")]
    [InlineData("accusations", "accus")]
    [InlineData("denied", "deni")]
    [InlineData("denies", "deni")]
    [InlineData("located", "locat")]
    [InlineData("sanctions", "sanction")]
    [InlineData("5g", "5g")]
    [InlineData("ab", "ab")]
    [InlineData("pakistán", "pakistán")]
    public void StemsLikeTheIndexPorterTokenizer(string word, string stem) =>
        Fts5PorterStemmer.Stem(word).ShouldBe(stem);
}
