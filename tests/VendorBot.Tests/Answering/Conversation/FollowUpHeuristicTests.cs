using VendorBot.Answering;
using VendorBot.Answering.Conversation;

namespace VendorBot.Tests.Answering.Conversation;

public sealed class FollowUpHeuristicTests
{
    private static readonly ConversationTurn[] AboutHuawei = [new("What did Huawei threaten BES with?", "To cancel the deal [1].")];

    [Theory]
    [InlineData("and what did the UK do?", "and what did the UK do? (about Huawei, BES)")]
    [InlineData("Why did they do that?", "Why did they do that? (about Huawei, BES)")]
    [InlineData("what about sanctions", "what about sanctions (about Huawei, BES)")]
    [InlineData("Did Norvatel deny the backdoor?", "Did Norvatel deny the backdoor?")]
    [InlineData("and what did Huawei say?", "and what did Huawei say? (about BES)")]
    public void AFollowUpInheritsTheNamesOfTheEarlierQuestion(string question, string standalone) =>
        FollowUpHeuristic.Rewrite(question, AboutHuawei).ShouldBe(standalone);

    [Fact]
    public void WithoutNamesEarlierTheLastQuestionsContentWordsAreInherited() =>
        FollowUpHeuristic.Rewrite("and why?", [new("who imposed sanctions?", "Trump [1].")]).ShouldBe("and why? (about imposed, sanctions)");

    [Fact]
    public void NamesComeFromTheMostRecentQuestionThatHadAny()
    {
        ConversationTurn[] history = [new("What did Huawei do?", "a [1]"), new("What did Norvatel do?", "b [1]"), new("and why?", "c [1]")];

        FollowUpHeuristic.Rewrite("what did they deny?", history).ShouldBe("what did they deny? (about Norvatel)");
    }
}
