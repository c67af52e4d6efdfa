using System.Text;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Search;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class QueryFuzzTests
{
    private const int Seed = 20_261_125;

    private static readonly string[] Pieces =
    [
        "\"", "'", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "^", ":", "-", "+", "(", ")", "{", "}", "[", "]", ",", "\\", "/",
        "title:", "body:", "heading_path:", "{title body}:", "\0", "\u0301", "é", "华为", "后门", "Хуавэй", "و", "🙂", "\uD800",
        "\uDC00", "\t", "\n", " ", " ", " ", "huawei", "backdoor", "zte", "sanctions", "the", "a", "12", "3.5", "%", "_", "$",
        "\u200B", "\uFEFF", "ﬁ", "ǅ", "Ⅻ", "½", "\u00A0",
    ];

    [Fact]
    public async Task NoRandomStringMakesTheBuiltExpressionFailInFts5()
    {
        using var index = await SearchTestIndex.CreateAsync(
            SearchTestIndex.Document("a.md", "Huawei backdoor claims", "Officials said the network equipment had a backdoor. Huawei denied it."));
        var connection = await index.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (connection)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH $q";
            var parameter = command.Parameters.Add("$q", Microsoft.Data.Sqlite.SqliteType.Text);
            var executed = 0;
            var matched = 0;
            foreach (var text in RandomStrings(new Random(Seed), Inputs))
            {
                var query = FtsQueryBuilder.Build(text);
                if (!query.IsEmpty)
                {
                    parameter.Value = query.Expression;
                    matched += Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0 ? 1 : 0;
                    executed++;
                }
            }

            // Most inputs hold a word, so most must reach FTS5 (a builder returning empty queries would pass nothing),
            // and the known words must find the document.
            executed.ShouldBeGreaterThan(Inputs / 2);
            matched.ShouldBeGreaterThan(0);
        }
    }

    private const int Inputs = 3_000;

    [Fact]
    public async Task NoRandomStringMakesSearchThrow()
    {
        using var index = await SearchTestIndex.CreateAsync(
            SearchTestIndex.Document("a.md", "Huawei backdoor claims", "Officials said the network equipment had a backdoor. Huawei denied it.", ["Huawei"]),
            SearchTestIndex.Document("b.md", "ZTE sanctions", "The export ban on ZTE was lifted after a fine of 3.5 billion.", ["ZTE"]));
        var search = index.Search();
        var random = new Random(Seed + 1);
        var found = 0;
        foreach (var text in RandomStrings(random, 300))
        {
            var hits = await search.SearchAsync(new SearchQuery(text, random.Next(1, 20), random.Next(4) == 0 ? "huawei" : null), TestContext.Current.CancellationToken);
            found += hits.Count;
        }

        found.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task TenThousandCharacterInputSearchesWithoutError()
    {
        using var index = await SearchTestIndex.CreateAsync(
            SearchTestIndex.Document("a.md", "Huawei backdoor claims", "Officials said the network equipment had a backdoor."));
        var text = string.Concat(RandomStrings(new Random(Seed + 2), 4_000))[..10_000];

        var hits = await index.Search().SearchAsync(new SearchQuery(text), TestContext.Current.CancellationToken);

        hits.Count.ShouldBeLessThanOrEqualTo(KnowledgeLimits.DefaultTop);
    }

    [Fact]
    public void TheFuzzInputsAreTheSameOnEveryRun() =>
        RandomStrings(new Random(Seed), 50).ShouldBe(RandomStrings(new Random(Seed), 50));

    private static List<string> RandomStrings(Random random, int count)
    {
        var strings = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(0, 12);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(random.Next(5) == 0 ? (char)random.Next(0, 0x3000) : Pieces[random.Next(Pieces.Length)]);
            }

            strings.Add(builder.ToString());
        }

        return strings;
    }
}
