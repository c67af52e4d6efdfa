using System.Globalization;
using System.Text.RegularExpressions;
using VendorBot.Answering;
using VendorBot.Tests.Fakes;

namespace VendorBot.Tests.Answering.Model;

/// <summary>
/// A fake model on loopback reads the numbered sources it is sent and writes answers that cite them — some sentences
/// right, some wrong in the ways models are wrong — and the answer shown keeps only what the cited passage supports.
/// </summary>
public sealed partial class ClaimCheckedModelAnswerTests
{
    private const string Question = "What did the ministry accuse Norvatel of, and what did Norvatel say?";
    private const string Accusation = "accused Norvatel of hiding a backdoor";
    private const string Denial = "Norvatel denied the ministry's allegations";
    private const string Supported = "The Ministry of Digital Affairs accused Norvatel of hiding a backdoor in its NX-400 routers [{A}].";

    [Fact]
    public async Task ASentenceThatPutsAnotherVendorInTheCitedPassagesPlaceIsRemovedAndTheSupportedOneKept()
    {
        var answer = await AskAsync(Supported + " Kestrel Systems denied the ministry's allegations [{D}].");

        answer.Mode.ShouldBe(AnswerMode.Model);
        answer.Text.ShouldStartWith("The Ministry of Digital Affairs accused Norvatel");
        answer.Text.ShouldNotContain("Kestrel");
        answer.Citations.Count.ShouldBe(1);
        answer.Citations[0].PassageText.ShouldContain(Accusation);
    }

    [Fact]
    public async Task ASentenceWithANumberTheCitedPassageDoesNotGiveIsRemoved()
    {
        var answer = await AskAsync(Supported + " According to the ministry, the backdoor let a remote server copy 40,000 subscriber records every night [{A}].");

        answer.Text.ShouldNotContain("40,000");
        answer.Text.ShouldContain("accused Norvatel");
    }

    [Fact]
    public async Task AQuotationThatIsNotVerbatimInTheCitedPassageIsRemovedAndAVerbatimOneKept()
    {
        var answer = await AskAsync(
            Supported + " Norvatel called the claims “a politically motivated fabrication” [{D}]. Norvatel said the NX-400 firmware “contains no backdoor” [{D}].");

        answer.Text.ShouldNotContain("fabrication");
        answer.Text.ShouldContain("“contains no backdoor”");
        answer.Citations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task ASentenceThatStatesTheAllegationAsFactIsRemoved()
    {
        var answer = await AskAsync("Norvatel hid a backdoor in the firmware of its NX-400 core routers [{A}]. " + Supported);

        answer.Text.ShouldNotContain("Norvatel hid");
        answer.Text.ShouldStartWith("The Ministry of Digital Affairs accused Norvatel");
    }

    [Fact]
    public async Task ADenialCitingThePassageOfTheAccusationIsRemoved()
    {
        var answer = await AskAsync(Supported + " Norvatel denied the ministry's allegations [{A}].");

        answer.Text.ShouldNotContain("denied");
        answer.Citations.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AnAnswerWhoseEverySentenceIsUnsupportedFallsBackToTheExtractiveAnswerAndTheRemovalsAreLogged()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ReplyFromMessages(messages => FakeReply.Text(Cite(messages, "Norvatel hid a backdoor in its routers [{A}]. Kestrel Systems admitted it [{D}].")));
        await using var host = await StartAsync(server);

        var answer = await host.AskAsync(Question);

        answer.Mode.ShouldBe(AnswerMode.Fallback);
        answer.ModeReason.ShouldBe("no sentence of the model's answer is supported by the passage it cites");
        answer.Text.ShouldStartWith("From the sources:");
        answer.Citations.ShouldNotBeEmpty();
        host.Logs.GetSnapshot().ShouldContain(r => r.Message.Contains("had 2 sentences its cited passages do not support", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnswerWhoseSentencesAreAllSupportedIsShownUnchanged()
    {
        const string reply = Supported + " Norvatel denied the ministry's allegations and said the NX-400 firmware contains no backdoor [{D}].";

        var answer = await AskAsync(reply);

        answer.Mode.ShouldBe(AnswerMode.Model);
        answer.Text.ShouldNotContain("{");
        answer.Text.ShouldEndWith("contains no backdoor [" + answer.Citations[^1].Number.ToString(CultureInfo.InvariantCulture) + "].");
        answer.Citations.Count.ShouldBe(2);
    }

    private static async Task<AnswerResult> AskAsync(string reply)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.ReplyFromMessages(messages => FakeReply.Text(Cite(messages, reply)));
        await using var host = await StartAsync(server);
        return await host.AskAsync(Question);
    }

    // Fills {A} with the number of the source holding the accusation and {D} with the one holding the denial.
    private static string Cite(string messages, string reply) => reply
        .Replace("{A}", SourceNumber(messages, Accusation), StringComparison.Ordinal)
        .Replace("{D}", SourceNumber(messages, Denial), StringComparison.Ordinal);

    private static string SourceNumber(string messages, string phrase)
    {
        var at = messages.IndexOf(phrase, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0, $"the model was not sent a source with “{phrase}”");
        return SourceHeader().Matches(messages[..at]).Last().Groups["n"].Value;
    }

    private static Task<AnsweringTestHost> StartAsync(FakeOpenAiServer server) =>
        AnsweringTestHost.StartAsync(
            AnsweringTestHost.Fixtures,
            new Dictionary<string, string?>
            {
                ["Llm:Provider"] = "OpenAICompatible",
                ["Llm:Endpoint"] = server.Endpoint.ToString(),
                ["Llm:Model"] = "fake-model",
                ["Llm:ApiKey"] = "sk-test-claims",
                ["Llm:RetryDelay"] = "00:00:00.001",
            });

    [GeneratedRegex(@"^\[(?<n>\d+)\] ", RegexOptions.Multiline)]
    private static partial Regex SourceHeader();
}
