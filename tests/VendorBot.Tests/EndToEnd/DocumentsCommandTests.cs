using System.Text.Json.Nodes;
using VendorBot.Bot.Documents;
using VendorBot.Discord.Entities;
using VendorBot.Discord.Fakes.Payloads;
using VendorBot.Tests.Knowledge.Articles;

namespace VendorBot.Tests.EndToEnd;

/// <summary>
/// <c>/documents</c> end to end: doc-shaped interactions from the validating fake Discord, articles served by a real
/// web server on 127.0.0.1 (allowed explicitly, as it is refused by default), the bot's real documents folder and index.
/// </summary>
public sealed class DocumentsCommandTests : IAsyncLifetime
{
    private const string NewsTitle = "Ministry finds hidden account in Norvatel base stations";
    private const string NewsId = "articles/ministry-finds-hidden-account-in-norvatel-base-stations.md";
    private const string Statement =
        "Norvatel said on Tuesday that it had removed the maintenance account from all supported firmware and invited the ministry to inspect the change.";

    private ArticleWebServer _web = null!;

    public async ValueTask InitializeAsync()
    {
        _web = await ArticleWebServer.StartAsync();
        _web.MapContent("/tech/norvatel", "text/html; charset=utf-8", ArticlePages.News);
        _web.MapContent("/attachments/1300/1301/statement.txt", "text/plain; charset=utf-8", Statement);
    }

    public async ValueTask DisposeAsync() => await _web.DisposeAsync();

    [Fact]
    public async Task AnAdminAddsALinkSeesWhatWasAddedAndUndoesIt()
    {
        await using var bot = await StartAsync();
        var add = AddLink(_web.Url("/tech/norvatel"));

        await bot.SendAsync(add);
        var edit = await bot.WaitForEditAsync(add);

        var callback = await bot.WaitForCallbackAsync(add);
        callback["type"]!.GetValue<int>().ShouldBe(5);
        callback["data"]!["flags"]!.GetValue<int>().ShouldBe(64);
        edit["content"]!.GetValue<string>().ShouldBe($"Added **{NewsTitle}** and indexed it: I answer from it from now on.");
        var card = edit["embeds"]![0]!;
        card["title"]!.GetValue<string>().ShouldBe(NewsTitle);
        Field(card, "Publisher").ShouldBe("Example Times");
        Field(card, "Published").ShouldBe("2024-03-18");
        Field(card, "Vendors").ShouldBe("Norvatel");
        int.Parse(Field(card, "Passages"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        File.Exists(Path.Combine(bot.DocumentsFolder, NewsId)).ShouldBeTrue();
        bot.Logs.GetSnapshot().ShouldContain(r => r.Message.StartsWith("Fetched ", StringComparison.Ordinal) && r.Message.Contains("for discord:42", StringComparison.Ordinal));

        var undo = BotHarness.Button(edit["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(undo);
        var undone = await bot.WaitForCallbackAsync(undo);

        undone["type"]!.GetValue<int>().ShouldBe(7);
        undone["data"]!["content"]!.GetValue<string>().ShouldStartWith($"Removed **{NewsTitle}** (`{NewsId}`)");
        undone["data"]!["components"]!.AsArray().ShouldBeEmpty();
        File.Exists(Path.Combine(bot.DocumentsFolder, NewsId)).ShouldBeFalse();
    }

    [Fact]
    public async Task AnArticleAddedFromDiscordAnswersTheNextQuestionAboutIt()
    {
        await using var bot = await StartAsync();
        const string Asked = "What did the ministry's audit of Norvatel base stations find?";
        var before = BotHarness.Question(Asked);
        await bot.SendAsync(before);
        (await bot.WaitForReplyAsync(before))["content"]!.GetValue<string>().ShouldNotContain("maintenance account");

        var add = AddLink(_web.Url("/tech/norvatel"));
        await bot.SendAsync(add);
        await bot.WaitForEditAsync(add);
        var after = BotHarness.Question(Asked);
        await bot.SendAsync(after);
        var reply = await bot.WaitForReplyAsync(after);

        reply["content"]!.GetValue<string>().ShouldContain("undocumented maintenance account");
        reply["embeds"]!.AsArray().Single()!["description"]!.GetValue<string>().ShouldContain(NewsTitle);
    }

    [Fact]
    public async Task TheSameLinkAddedTwiceIsReportedNotDuplicated()
    {
        await using var bot = await StartAsync();
        var first = AddLink(_web.Url("/tech/norvatel"));
        await bot.SendAsync(first);
        await bot.WaitForEditAsync(first);

        var again = AddLink(_web.Url("/tech/norvatel"));
        await bot.SendAsync(again);
        var edit = await bot.WaitForEditAsync(again);

        edit["content"]!.GetValue<string>().ShouldBe($"Already in my sources as `{NewsId}` (the same link): nothing was added.");
        edit["components"]!.AsArray().ShouldBeEmpty();
        Directory.GetFiles(Path.Combine(bot.DocumentsFolder, "articles")).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AnUploadedFileIsDownloadedFromTheAttachmentHostAndAdded()
    {
        await using var bot = await StartAsync();
        var url = _web.Url("/attachments/1300/1301/statement.txt").ToString();
        var upload = BotHarness.Upload("documents", "add", "file", new UploadedFile("1301", "statement.txt", Statement.Length, url, "text/plain; charset=utf-8"), Permissions.ManageGuild);

        await bot.SendAsync(upload);
        var edit = await bot.WaitForEditAsync(upload);

        edit["content"]!.GetValue<string>().ShouldBe("Added **statement** and indexed it: I answer from it from now on.");
        Field(edit["embeds"]![0]!, "Passages").ShouldBe("1");
        _web.Requests.ShouldContain(r => r.Path == "/attachments/1300/1301/statement.txt");
    }

    [Fact]
    public async Task ALinkToALoopbackAddressIsRefusedWithItsReasonAndNothingIsAdded()
    {
        await using var bot = await BotHarness.StartAsync();
        var add = AddLink(_web.Url("/tech/norvatel"));

        await bot.SendAsync(add);
        var content = (await bot.WaitForEditAsync(add))["content"]!.GetValue<string>();

        content.ShouldStartWith("I couldn't add that: ");
        content.ShouldContain("a loopback address");
        content.ShouldEndWith("Nothing was added.");
        _web.Requests.ShouldBeEmpty();
        Directory.Exists(Path.Combine(bot.DocumentsFolder, "articles")).ShouldBeFalse();
    }

    [Fact]
    public async Task SomeoneWithoutManageServerCanNeitherAddNorUndo()
    {
        await using var bot = await StartAsync();
        var add = BotHarness.Subcommand("documents", "add", [new("url", _web.Url("/tech/norvatel").ToString())], Permissions.SendMessages);
        var press = BotHarness.Button("vbd:rm:" + DocumentReplies.KeyOf(BotFixtureDocuments.AcmeFile));

        await bot.SendAsync(add);
        await bot.SendAsync(press);
        var refusals = new[] { await bot.WaitForCallbackAsync(add), await bot.WaitForCallbackAsync(press) };

        refusals.ShouldAllBe(r => r["type"]!.GetValue<int>() == 4 && r["data"]!["content"]!.GetValue<string>() == "Sorry, only server admins (Manage Server) can manage the documents.");
        _web.Requests.ShouldBeEmpty();
        File.Exists(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile)).ShouldBeTrue();
    }

    [Fact]
    public async Task AnAdminListsShowsAndRemovesADocumentAfterConfirming()
    {
        await using var bot = await StartAsync();
        var list = BotHarness.Subcommand("documents", "list", permissions: Permissions.ManageGuild);
        var show = BotHarness.Subcommand("documents", "show", [new("id", BotFixtureDocuments.AcmeFile)], Permissions.ManageGuild);
        var remove = BotHarness.Subcommand("documents", "remove", [new("id", BotFixtureDocuments.AcmeFile)], Permissions.ManageGuild);

        await bot.SendAsync(list);
        await bot.SendAsync(show);
        await bot.SendAsync(remove);
        var listed = (await bot.WaitForCallbackAsync(list))["data"]!;
        var shown = (await bot.WaitForCallbackAsync(show))["data"]!;
        var confirm = (await bot.WaitForCallbackAsync(remove))["data"]!;

        listed["flags"]!.GetValue<int>().ShouldBe(64);
        listed["content"]!.GetValue<string>().ShouldStartWith("**2 documents**, newest first (page 1/1):");
        listed["content"]!.GetValue<string>().ShouldContain($"`{BotFixtureDocuments.LahoreFile}`");
        shown["embeds"]![0]!["title"]!.GetValue<string>().ShouldBe("Acme Routers added to the sanctions list");
        confirm["content"]!.GetValue<string>().ShouldStartWith($"Remove **Acme Routers added to the sanctions list** (`{BotFixtureDocuments.AcmeFile}`)?");
        var buttons = confirm["components"]![0]!["components"]!.AsArray();
        buttons.Select(b => b!["label"]!.GetValue<string>()).ShouldBe(["Remove", "Keep"]);

        var keep = BotHarness.Button(buttons[1]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(keep);
        (await bot.WaitForCallbackAsync(keep))["data"]!["content"]!.GetValue<string>().ShouldBe("Kept: nothing was removed.");
        File.Exists(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile)).ShouldBeTrue();

        var confirmed = BotHarness.Button(buttons[0]!["custom_id"]!.GetValue<string>(), permissions: Permissions.ManageGuild);
        await bot.SendAsync(confirmed);
        (await bot.WaitForCallbackAsync(confirmed))["data"]!["content"]!.GetValue<string>().ShouldStartWith("Removed **Acme Routers added to the sanctions list**");
        File.Exists(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile)).ShouldBeFalse();
    }

    [Fact]
    public async Task AnAdminCorrectsADocumentsTitleAndVendorsAndTheIndexFollows()
    {
        await using var bot = await StartAsync();
        var edit = BotHarness.Subcommand(
            "documents", "edit", [new("id", BotFixtureDocuments.AcmeFile), new("title", "Acme Routers sanctioned"), new("vendors", "Acme, Acme Routers")], Permissions.ManageGuild);

        await bot.SendAsync(edit);
        var reply = await bot.WaitForEditAsync(edit);

        reply["content"]!.GetValue<string>().ShouldBe($"Updated `{BotFixtureDocuments.AcmeFile}` and reindexed it:");
        reply["embeds"]![0]!["title"]!.GetValue<string>().ShouldBe("Acme Routers sanctioned");
        Field(reply["embeds"]![0]!, "Vendors").ShouldBe("Acme, Acme Routers");
        var file = await File.ReadAllTextAsync(Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile), TestContext.Current.CancellationToken);
        file.ShouldContain("title: \"Acme Routers sanctioned\"\n");
        file.ShouldNotContain("added to the sanctions list\"");
    }

    [Fact]
    public async Task AnEditWithAnInvalidDateSaysWhyAndChangesNothing()
    {
        await using var bot = await StartAsync();
        var path = Path.Combine(bot.DocumentsFolder, BotFixtureDocuments.AcmeFile);
        var before = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        var edit = BotHarness.Subcommand("documents", "edit", [new("id", BotFixtureDocuments.AcmeFile), new("published", "last year")], Permissions.ManageGuild);

        await bot.SendAsync(edit);

        (await bot.WaitForEditAsync(edit))["content"]!.GetValue<string>()
            .ShouldBe("I couldn't edit that: “last year” is not a publication date (yyyy-MM-dd, or yyyy-MM for a month). Nothing was changed.");
        (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task AnUnknownIdIsReportedWithWhereToFindTheIds()
    {
        await using var bot = await StartAsync();
        var show = BotHarness.Subcommand("documents", "show", [new("id", "nowhere.md")], Permissions.ManageGuild);

        await bot.SendAsync(show);

        (await bot.WaitForCallbackAsync(show))["data"]!["content"]!.GetValue<string>()
            .ShouldBe("No document has the id “nowhere.md”. `/documents list` shows the ids.");
    }

    private static Task<BotHarness> StartAsync() => BotHarness.StartAsync(new Dictionary<string, string?>
    {
        ["Documents:AllowedHosts:0"] = "127.0.0.1",
        ["Documents:AttachmentHosts:0"] = "127.0.0.1",
        ["Documents:Vendors:0"] = "Norvatel",
    });

    private static TestInteraction AddLink(Uri url) =>
        BotHarness.Subcommand("documents", "add", [new("url", url.ToString())], Permissions.ManageGuild);

    private static string Field(JsonNode embed, string name) =>
        embed["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();
}
