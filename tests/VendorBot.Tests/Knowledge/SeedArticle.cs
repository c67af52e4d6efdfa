namespace VendorBot.Tests.Knowledge;

/// <summary>The shipped seed article (seeds/huawei-lahore-safe-city-backdoor.md), found from the test's output folder.</summary>
internal static class SeedArticle
{
    public const string FileName = "huawei-lahore-safe-city-backdoor.md";

    public static string SeedsFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var seeds = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, FileName)))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException("the seeds folder was not found above the test output folder");
    }

    public static string FilePath() => Path.Combine(SeedsFolder(), FileName);

    /// <summary>The body after the front matter, exactly as in the file.</summary>
    public static string Body()
    {
        var text = File.ReadAllText(FilePath());
        var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return text[(close + 5)..];
    }
}
