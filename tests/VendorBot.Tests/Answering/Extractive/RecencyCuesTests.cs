using VendorBot.Answering.Extractive;
using VendorBot.Knowledge;

namespace VendorBot.Tests.Answering.Extractive;

public sealed class RecencyCuesTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 20, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2025, 5, 20, "today")]
    [InlineData(2025, 5, 1, "19 days ago")]
    [InlineData(2024, 11, 20, "about 6 months ago")]
    [InlineData(2021, 3, 4, "about 4 years ago")]
    public void SaysHowOldTheNewestSourceIs(int year, int month, int day, string age)
    {
        var note = RecencyCues.NewestSourceNote([(new DateOnly(2019, 1, 1), DatePrecision.Day), (new DateOnly(year, month, day), DatePrecision.Day), null], Now);

        note.ShouldBe($"The newest source is from {new DateOnly(year, month, day):yyyy-MM-dd} ({age}); later events are not covered.");
    }

    [Fact]
    public void AMonthOnlyDateIsPrintedWithoutAnInventedDay()
    {
        var note = RecencyCues.NewestSourceNote([(new DateOnly(2018, 7, 1), DatePrecision.Month)], Now);

        note.ShouldNotBeNull().ShouldStartWith("The newest source is from July 2018 (");
    }

    [Fact]
    public void SaysNothingWhenNoSourceIsDated()
    {
        RecencyCues.NewestSourceNote([null, null], Now).ShouldBeNull();
    }
}
