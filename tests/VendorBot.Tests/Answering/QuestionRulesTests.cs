using VendorBot.Answering;

namespace VendorBot.Tests.Answering;

public sealed class QuestionRulesTests
{
    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData(" \t\n", "empty")]
    [InlineData("?!", "punctuation")]
    [InlineData("“…”", "punctuation")]
    public void AnUnanswerableQuestionIsExplained(string? question, string problem) =>
        QuestionRules.Problem(question).ShouldNotBeNull().ShouldContain(problem);

    [Theory]
    [InlineData("AND OR NOT NEAR")]
    [InlineData("@everyone what did Huawei do?")]
    [InlineData("华为做了什么？")]
    [InlineData("5G?")]
    public void AnyQuestionWithWordsIsAccepted(string question) =>
        QuestionRules.Problem(question).ShouldBeNull();

    [Fact]
    public void TheLengthLimitIsInclusive()
    {
        QuestionRules.Problem(new string('a', AnsweringLimits.MaxQuestionLength)).ShouldBeNull();
        QuestionRules.Problem(new string('a', AnsweringLimits.MaxQuestionLength + 1)).ShouldNotBeNull().ShouldContain("10,000");
    }
}
