using VendorBot.Answering.Extractive;
using VendorBot.Knowledge;

namespace VendorBot.Tests.Answering.Extractive;

public sealed class EvidenceTextTests
{
    private const string Question = "What did the company say about the account the auditors found on the Norvatel routers?";

    [Fact]
    public async Task AReindexThatChangesADocumentChangesTheAnswerAskedAgain()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        var before = await host.AskAsync(Question);
        before.Text.ShouldContain("documented maintenance login", customMessage: before.Text);

        await RewriteAsync(host, "norvatel-denial.md", "documented maintenance login", "documented service login");
        (await host.ReindexAsync()).Updated.ShouldBe(1);
        var after = await host.AskAsync(Question);

        after.Text.ShouldContain("documented service login", customMessage: after.Text);
        after.Text.ShouldNotContain("maintenance login");
        after.Citations.ShouldAllBe(c => !c.Quote.Contains("maintenance login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReindexThatNamesTheSpeakerOfASentenceDropsTheSpeakerNoteItHadBefore()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);
        var before = await host.AskAsync(Question);
        Line(before.Text, "said the account found by the auditors").ShouldContain("citing Norvatel:");

        await RewriteAsync(host, "norvatel-denial.md", "The company said the account found by the auditors", "The company, Norvatel, said the account found by the auditors");
        await host.ReindexAsync();
        var after = await host.AskAsync(Question);

        var line = Line(after.Text, "said the account found by the auditors");
        line.ShouldContain("“The company, Norvatel, said the account");
        line.ShouldNotContain("citing");
    }

    [Fact]
    public void TheSameSentenceInADocumentAboutAnotherVendorIsAnalysedForThatVendor()
    {
        const string text = "Norvatel was accused of hiding a login. The company denied it.";
        var ours = EvidenceText.Sentences(Hit(text, "Norvatel"))[1];
        var theirs = EvidenceText.Sentences(Hit(text, "Quellink"))[1];

        ours.InContext.Value.ShouldNotBeNull().Actor.ShouldBe("Norvatel");
        theirs.InContext.Value?.Actor.ShouldNotBe("Norvatel");
    }

    private static string Line(string answer, string fragment) =>
        answer.Split('\n').Single(l => l.Contains(fragment, StringComparison.Ordinal));

    private static async Task RewriteAsync(AnsweringTestHost host, string file, string from, string to)
    {
        var path = Path.Combine(host.Documents, file);
        var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        text.ShouldContain(from);
        await File.WriteAllTextAsync(path, text.Replace(from, to, StringComparison.Ordinal), TestContext.Current.CancellationToken);
    }

    private static SearchHit Hit(string text, string vendor)
    {
        var hit = Some.Hit(text);
        return hit with { Document = hit.Document with { Vendors = [vendor] } };
    }
}
