using System.Text.Json;
using Microsoft.Data.Sqlite;
using VendorBot.Knowledge.Search;
using VendorBot.Tests.Answering;

namespace VendorBot.Tests.Knowledge.Search;

public sealed class IndexTermsTests
{
    private const int DocumentsPerCollection = 700;

    // Cases where FTS5's byte-oriented porter stemmer and unicode61 folding differ from a textbook implementation.
    private static readonly string[] TrickyTexts =
    [
        "1990s 3rd 10ths aing eing ies sses ss s is as yes eed feed agreed bled hopping falling hissing fizzed",
        "Café naïve résumé Ærøskøbing Straße ﬁnancial ǅemal Ḱolo ℌilbert",
        "Ελληνικά ά й Москвы 東京都 مرحبا ‘quoted’ “double” — dash … emoji 😀 done",
        "\u0301leading combining mark, e\u0301 composed later, x\u20DD enclosed",
        "generalizations relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli",
        "vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti",
        "triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic",
        "adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize",
        "probate rate cease controll roll archaeology analogies cry happy sky toy employer's don't O'Neill e-mail a/b_c",
        "supercalifragilisticexpialidociouspneumonoultramicroscopicsilicovolcanoconiosisfloccinaucinihilipilifications",
        "αβγδεζηθικλμνξοπρστυφχψωαβγδεζηθικλμνξοπρστυφχψω ing éing",
    ];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void StemsLikeFts5PorterIncludingDigitsAndTheLaterRules()
    {
        Fts5PorterStemmer.Stem("1990s").ShouldBe("1990");
        Fts5PorterStemmer.Stem("archaeology").ShouldBe("archaeolog");
        Fts5PorterStemmer.Stem("relational").ShouldBe("relat");
        Fts5PorterStemmer.Stem("caresses").ShouldBe("caress");
        Fts5PorterStemmer.Stem("is").ShouldBe("is");
    }

    [Fact]
    public async Task TermsMatchFts5sOwnTokensOverTheSeedsAndTheBeirCollections()
    {
        var texts = TrickyTexts.Concat(Seeds()).Concat(Beir("cranfield")).Concat(Beir("cisi")).ToList();
        Assert.SkipWhen(texts.Count < 100, "../shared/data/beir is not beside this clone");

        var expected = await Fts5TermsAsync(texts);

        var compared = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var actual = IndexTerms.Of(texts[i]).ToList();
            actual.ShouldBe(expected[i], $"text {i}: {texts[i][..Math.Min(120, texts[i].Length)]}");
            compared += actual.Count;
        }

        compared.ShouldBeGreaterThan(100_000);
    }

    [Fact]
    public void CountsAreKeptPerColumnWithTheTokenCountOfEachColumn()
    {
        var terms = IndexTerms.Count(new CandidateText(7, "Backdoors alleged", "Intro > Backdoor", "A backdoor; backdoors, alleged."));

        terms.Counts["backdoor"].ShouldBe(new FieldCounts(1, 1, 2));
        terms.Counts["alleg"].ShouldBe(new FieldCounts(1, 0, 1));
        terms.Lengths.ShouldBe(new FieldCounts(2, 2, 4));
        terms.Totals()["backdoor"].ShouldBe(4);
    }

    private static async Task<List<List<string>>> Fts5TermsAsync(List<string> texts)
    {
        var result = texts.ConvertAll(_ => new List<string>());
        using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(Token);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE t_terms USING fts5vocab(t, 'instance');
            INSERT INTO t(rowid, text) SELECT key, value FROM json_each($texts);
            SELECT doc, term FROM t_terms ORDER BY doc, offset;
            """;
        command.Parameters.AddWithValue("$texts", JsonSerializer.Serialize(texts));
        using var reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            result[reader.GetInt32(0)].Add(reader.GetString(1));
        }

        return result;
    }

    private static IEnumerable<string> Seeds() =>
        Directory.EnumerateFiles(AnsweringTestHost.Seeds, "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText);

    private static IEnumerable<string> Beir(string collection)
    {
        var corpus = Path.Combine(AnsweringTestHost.RepositoryRoot(), "..", "shared", "data", "beir", collection, "corpus.jsonl");
        if (!File.Exists(corpus))
        {
            return [];
        }

        return File.ReadLines(corpus).Take(DocumentsPerCollection).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("title").GetString() + "\n" + json.RootElement.GetProperty("text").GetString();
        });
    }
}
