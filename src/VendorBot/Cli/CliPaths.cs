namespace VendorBot.Cli;

/// <summary>Checks that paths given on the command line are of the right kind before any work starts.</summary>
internal static class CliPaths
{
    /// <summary>Requires <paramref name="path"/> to be an existing folder; <paramref name="what"/> names it ("the documents folder").</summary>
    /// <exception cref="CliUsageException">It does not exist or is a file.</exception>
    public static void RequireFolder(string path, string what)
    {
        if (File.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' is a file, not a folder");
        }

        if (!Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' does not exist");
        }
    }

    /// <summary>Requires <paramref name="path"/> to be an existing file.</summary>
    /// <exception cref="CliUsageException">It does not exist or is a folder.</exception>
    public static void RequireFile(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' does not exist");
        }
    }

    /// <summary>Requires <paramref name="path"/> to be writable as a file: not an existing folder.</summary>
    /// <exception cref="CliUsageException">It is a folder.</exception>
    public static void RequireFileTarget(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{what} '{path}' is a directory; give a file path inside it, e.g. '{Path.Combine(path, "run.tsv")}'");
        }
    }
}
