using System.Globalization;

namespace VendorBot.Answering.Extractive;

/// <summary>
/// An answer about the present ("currently", "latest", "still", "now": <see cref="Understanding.QuestionAnalysis.AsksForNow"/>)
/// says how old the newest source is, so a reader knows how current "now" is.
/// </summary>
internal static class RecencyCues
{
    /// <summary>"The newest source is from 2023-05-10, 2 years before today." or null when no source is dated.</summary>
    public static string? NewestSourceNote(IEnumerable<DateOnly?> dates, DateTimeOffset now)
    {
        if (dates.Max() is not { } newest)
        {
            return null;
        }

        var days = DateOnly.FromDateTime(now.UtcDateTime).DayNumber - newest.DayNumber;
        var age = days switch
        {
            < 1 => "today",
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{days} days ago"),
            < 730 => string.Create(CultureInfo.InvariantCulture, $"about {days / 30} months ago"),
            _ => string.Create(CultureInfo.InvariantCulture, $"about {days / 365} years ago"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"The newest source is from {newest:yyyy-MM-dd} ({age}); later events are not covered.");
    }
}
