namespace VendorBot.Insights;

/// <summary>The bounds of an insights report: how far back it looks, how much of the log it reads, how much it shows.</summary>
internal static class InsightsLimits
{
    /// <summary>Days looked back when none are asked for.</summary>
    public const int DefaultDays = 7;

    /// <summary>The longest window, in days.</summary>
    public const int MaxDays = 90;

    /// <summary>Questions read from the log, newest first; older ones in the window are left out (the report says so).</summary>
    public const int MaxQuestions = 5_000;

    /// <summary>Topics of declined questions shown, most asked first.</summary>
    public const int Topics = 10;

    /// <summary>Example questions per topic.</summary>
    public const int ExamplesPerTopic = 3;

    /// <summary>Characters of an example question shown (longer ones end in "…").</summary>
    public const int ExampleCharacters = 150;

    /// <summary>Answers voted not helpful shown, most votes first.</summary>
    public const int NotHelpful = 10;

    /// <summary>Vendors shown, most asked first.</summary>
    public const int Vendors = 10;

    /// <summary>Words naming a topic.</summary>
    public const int TopicWords = 4;
}
