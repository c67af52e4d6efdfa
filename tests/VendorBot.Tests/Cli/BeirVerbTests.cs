using System.Globalization;
using VendorBot.Cli;
using VendorBot.Tests.Knowledge;

namespace VendorBot.Tests.Cli;

public sealed class BeirVerbTests
{
    [Fact]
    public async Task TheRunFileHasOneTrecLinePerRankedDocumentOfEachJudgedQuery()
    {
        using var folder = TinyCollection();
        var run = Path.Combine(folder.Root, "out", "run.tsv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(
            ["beir", folder.Documents, "--out", run, "--db", folder.DatabasePath, "--top", "2"], output, error);

        exitCode.ShouldBe(CliExitCodes.Success, error.ToString());
        var lines = File.ReadAllLines(run).Select(line => line.Split(' ')).ToList();
        lines.ShouldAllBe(parts => parts.Length == 6 && parts[1] == "Q0" && parts[5] == "vendorbot");
        lines.Select(parts => parts[0]).Distinct().ShouldBe(["q1", "q2"], ignoreOrder: true);
        foreach (var query in lines.GroupBy(parts => parts[0]))
        {
            query.Select(parts => int.Parse(parts[3], CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(1, query.Count()));
            query.Select(parts => double.Parse(parts[4], CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
            query.Count().ShouldBeLessThanOrEqualTo(2);
        }

        lines.First(parts => parts[0] == "q1")[2].ShouldBe("d1");
        lines.First(parts => parts[0] == "q2")[2].ShouldBe("d3");
        output.ToString().ShouldContain("2/2 queries");
    }

    [Fact]
    public async Task ARerunOverTheSameIndexSkipsUnchangedDocumentsAndWritesTheSameRun()
    {
        using var folder = TinyCollection();
        var first = Path.Combine(folder.Root, "first.tsv");
        var second = Path.Combine(folder.Root, "second.tsv");
        using var output = new StringWriter();
        using var error = new StringWriter();
        await CliApplication.RunAsync(["beir", folder.Documents, "--out", first, "--db", folder.DatabasePath], output, error);

        var exitCode = await CliApplication.RunAsync(["beir", folder.Documents, "--out", second, "--db", folder.DatabasePath], output, error);

        exitCode.ShouldBe(CliExitCodes.Success, error.ToString());
        output.ToString().ShouldContain("0 added, 0 updated, 3 unchanged");
        File.ReadAllText(second).ShouldBe(File.ReadAllText(first));
    }

    [Fact]
    public async Task AMissingDatasetFolderIsAUsageError()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["beir", "/no/such/folder", "--out", "run.tsv"], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ShouldContain("does not exist");
    }

    [Fact]
    public async Task AFolderWithoutJudgementsIsAUsageError()
    {
        using var folder = new TestFolder();
        folder.Write("corpus.jsonl", "{\"_id\": \"d1\", \"title\": \"t\", \"text\": \"x\"}\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["beir", folder.Documents, "--out", Path.Combine(folder.Root, "run.tsv")], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ToString().ShouldContain("qrels-test.tsv");
    }

    [Fact]
    public async Task TheOutOptionIsRequired()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["beir", "somewhere"], output, error);

        exitCode.ShouldBe(CliExitCodes.Usage);
    }

    private static TestFolder TinyCollection()
    {
        var folder = new TestFolder();
        folder.Write("corpus.jsonl", """
            {"_id": "d1", "title": "Wing flutter at supersonic speed", "text": "Flutter of thin wings was measured in a supersonic wind tunnel."}
            {"_id": "d2", "title": "Boundary layers", "text": "Heat transfer in laminar boundary layers on flat plates."}
            {"_id": "d3", "title": "Library catalogues", "text": "Catalogue use in university libraries was surveyed."}

            """);
        folder.Write("queries.jsonl", """
            {"_id": "q1", "text": "flutter of wings at supersonic speeds"}
            {"_id": "q2", "text": "how are library catalogues used?"}
            {"_id": "q3", "text": "a query without judgements"}
            """);
        folder.Write("qrels-test.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t2\nq2\td3\t1\n");
        return folder;
    }
}
