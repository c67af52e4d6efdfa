using System.Text.Json;
using VendorBot.Cli;
using VendorBot.Tests.Knowledge;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.Cli;

public sealed class DocumentVerbsTests
{
    [Fact]
    public async Task AFileIsAddedListedReportedAsPresentTheSecondTimeAndRemovedWithYes()
    {
        using var folder = new TestFolder();
        var page = Path.Combine(folder.Root, "saved.html");
        await File.WriteAllTextAsync(page, ArticlePages.News, TestContext.Current.CancellationToken);
        string[] where = ["--documents", folder.Documents, "--db", folder.DatabasePath];

        var (added, addOutput, addError) = await CliRun.RunAsync(["add", page, .. where]);
        added.ShouldBe(CliExitCodes.Success, addError);
        addOutput.ShouldStartWith("Added articles/ministry-finds-hidden-account-in-norvatel-base-stations.md: \"Ministry finds hidden account in Norvatel base stations\" · Example Times · 2024-03-18");

        var (again, againOutput, _) = await CliRun.RunAsync(["add", page, .. where]);
        again.ShouldBe(CliExitCodes.Success);
        againOutput.ShouldContain("Already present as articles/ministry-finds-hidden-account-in-norvatel-base-stations.md (the same link)");

        var (listed, listOutput, _) = await CliRun.RunAsync(["documents", "--json", "--db", folder.DatabasePath]);
        listed.ShouldBe(CliExitCodes.Success);
        using (var json = JsonDocument.Parse(listOutput))
        {
            var document = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
            document.GetProperty("id").GetString().ShouldBe("articles/ministry-finds-hidden-account-in-norvatel-base-stations.md");
            document.GetProperty("publisher").GetString().ShouldBe("Example Times");
            document.GetProperty("passages").GetInt32().ShouldBeGreaterThan(0);
        }

        var id = "articles/ministry-finds-hidden-account-in-norvatel-base-stations.md";
        var (unconfirmed, _, unconfirmedError) = await CliRun.RunAsync(["remove", id, .. where]);
        unconfirmed.ShouldBe(CliExitCodes.Usage);
        unconfirmedError.ShouldContain("pass --yes");
        File.Exists(Path.Combine(folder.Documents, id)).ShouldBeTrue();

        var (removed, removeOutput, removeError) = await CliRun.RunAsync(["remove", id, "--yes", .. where]);
        removed.ShouldBe(CliExitCodes.Success, removeError);
        removeOutput.ShouldContain("Removed " + id);
        File.Exists(Path.Combine(folder.Documents, id)).ShouldBeFalse();
        (await CliRun.RunAsync(["documents", "--db", folder.DatabasePath])).Output.ShouldContain("No documents.");
    }

    [Fact]
    public async Task EditCorrectsTheFrontMatterAndReindexesAndRefusesAnInvalidDate()
    {
        using var folder = new TestFolder();
        folder.Write("acme.md", "---\ntitle: Acme story\nvendors: [Acme]\n---\nAcme was added to the sanctions list.\n");
        string[] where = ["--documents", folder.Documents, "--db", folder.DatabasePath];
        (await CliRun.RunAsync(["index", folder.Documents, "--db", folder.DatabasePath])).ExitCode.ShouldBe(CliExitCodes.Success);

        var (edited, output, error) = await CliRun.RunAsync(["edit", "acme.md", "--title", "Acme sanctioned", "--published", "2021-03", .. where]);
        var (invalid, _, invalidError) = await CliRun.RunAsync(["edit", "acme.md", "--published", "someday", .. where]);
        var (nothing, _, _) = await CliRun.RunAsync(["edit", "acme.md", .. where]);

        edited.ShouldBe(CliExitCodes.Success, error);
        output.ShouldStartWith("Edited acme.md: \"Acme sanctioned\" · 2021-03");
        invalid.ShouldBe(CliExitCodes.Failure);
        invalidError.ShouldContain("“someday” is not a publication date");
        nothing.ShouldBe(CliExitCodes.Usage);
        (await File.ReadAllTextAsync(Path.Combine(folder.Documents, "acme.md"), TestContext.Current.CancellationToken))
            .ShouldBe("---\nvendors: [Acme]\ntitle: \"Acme sanctioned\"\npublished: 2021-03\n---\nAcme was added to the sanctions list.\n");
    }

    [Fact]
    public async Task ALoopbackLinkIsRefusedByTheDefaultRulesWithExitCode1()
    {
        using var folder = new TestFolder();

        var (exitCode, _, error) = await CliRun.RunAsync(["add", "http://127.0.0.1:9/article", "--documents", folder.Documents, "--db", folder.DatabasePath]);

        exitCode.ShouldBe(CliExitCodes.Failure);
        error.ShouldContain("a loopback address");
    }

    [Theory]
    [InlineData("ftp://example.org/a.pdf", "only http and https")]
    [InlineData("missing-file.md", "neither an http(s) link nor an existing file")]
    public async Task ABadSourceIsAUsageError(string source, string message)
    {
        using var folder = new TestFolder();

        var (exitCode, _, error) = await CliRun.RunAsync(["add", source, "--documents", folder.Documents, "--db", folder.DatabasePath]);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task RemovingAnUnknownIdIsAUsageError()
    {
        using var folder = new TestFolder();
        folder.Write("a.md", "---\ntitle: A\n---\nSome text about a vendor.\n");
        await CliRun.RunAsync(["index", folder.Documents, "--db", folder.DatabasePath]);

        var (exitCode, _, error) = await CliRun.RunAsync(["remove", "nope.md", "--yes", "--documents", folder.Documents, "--db", folder.DatabasePath]);

        exitCode.ShouldBe(CliExitCodes.Usage);
        error.ShouldContain("no document 'nope.md'");
        File.Exists(Path.Combine(folder.Documents, "a.md")).ShouldBeTrue();
    }
}
