using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class FtsQueryBuilderTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "huawei backdoor", "\"huawei\" OR \"backdoor\"" },
        { "Huawei AND ZTE", "\"huawei\" OR \"zte\"" },
        { "huawei OR zte NOT kaspersky", "\"huawei\" OR \"zte\" OR \"kaspersky\"" },
        { "NEAR(huawei zte, 5)", "\"near\" OR \"huawei\" OR \"zte\" OR \"5\"" },
        { "\"unbalanced quote", "\"unbalanced\" OR \"quote\"" },
        { "\"\"\"\"", "" },
        { "hua*", "\"hua\"" },
        { "^start", "\"start\"" },
        { "title:huawei", "\"title\" OR \"huawei\"" },
        { "{title body}: zte", "\"title\" OR \"body\" OR \"zte\"" },
        { "-excluded +included", "\"excluded\" OR \"included\"" },
        { "(sanctions) AND (export OR ban)", "\"sanctions\" OR \"export\" OR \"ban\"" },
        { "huawei\0zte", "\"huawei\" OR \"zte\"" },
        { "Café Zürich naïve", "\"cafe\" OR \"zurich\" OR \"naive\"" },
        { "华为 后门 backdoor", "\"华为\" OR \"后门\" OR \"backdoor\"" },
        { "Хуавэй санкции", "\"хуавэй\" OR \"санкции\"" },
        { "Ångström ḱ ά ǅemal x\u0301y", "\"angstrom\" OR \"k\" OR \"ά\" OR \"ǆemal\" OR \"xy\"" },
        { "permissionsو", "\"permissionsو\"" },
        { "what is the backdoor", "\"backdoor\"" },
        { "AND OR NOT", "\"and\" OR \"or\" OR \"not\"" },
        { "the the the", "\"the\"" },
        { "zte zte huawei", "\"zte\" OR \"huawei\"" },
        { "@everyone <@&123>", "\"everyone\" OR \"123\"" },
        { "", "" },
        { "   \t\n ", "" },
        { "!!! ??? ... ;;", "" },
        { "* ^ : - ( ) \" '", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BuildTurnsUserTextIntoQuotedTermsJoinedByOr(string text, string expected) =>
        FtsQueryBuilder.Build(text).Expression.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("\"*^:-()")]
    public void TextWithoutWordsGivesAnEmptyQuery(string text) => FtsQueryBuilder.Build(text).IsEmpty.ShouldBeTrue();

    [Fact]
    public void RepeatedTermsAreCountedOnce()
    {
        var query = FtsQueryBuilder.Build("zte zte huawei");

        query.Terms.ShouldBe(["zte", "huawei"]);
        query.TermCounts.ShouldBe([2, 1]);
    }

    [Fact]
    public void TenThousandCharactersOfOneWordAreDroppedAsNoise() =>
        FtsQueryBuilder.Build(new string('a', 10_000)).IsEmpty.ShouldBeTrue();

    [Fact]
    public void TenThousandCharactersOfWordsKeepAtMostTheTermLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"w{i}"));

        var query = FtsQueryBuilder.Build(text[..10_000]);

        query.Terms.Count.ShouldBe(SearchLimits.MaxQueryTerms);
        query.Terms[0].ShouldBe("w0");
    }
}
