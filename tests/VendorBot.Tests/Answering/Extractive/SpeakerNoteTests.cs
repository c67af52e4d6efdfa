using VendorBot.Answering;

namespace VendorBot.Tests.Answering.Extractive;

public sealed class SpeakerNoteTests
{
    [Fact]
    public async Task AQuotedSentenceThatCallsTheVendorTheCompanyNamesTheVendorAsItsSpeaker()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);

        var answer = await host.AskAsync("What did the company say about the account the auditors found on the Norvatel routers?");

        answer.Mode.ShouldBe(AnswerMode.Extractive);
        var line = answer.Text.Split('\n').Single(l => l.Contains("“The company said the account found by the auditors", StringComparison.Ordinal));
        line.ShouldContain("reports, citing Norvatel: “The company said");
    }

    [Fact]
    public async Task AQuotedSentenceThatNamesItsSpeakerGetsNoNote()
    {
        await using var host = await AnsweringTestHost.StartAsync(AnsweringTestHost.Fixtures);

        var answer = await host.AskAsync("What did the Republic of Ostland do to Kestrel Systems?");

        answer.Text.ShouldContain("Kestrel");
        answer.Text.ShouldNotContain("citing");
    }
}
