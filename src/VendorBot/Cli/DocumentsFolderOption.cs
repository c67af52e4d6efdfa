using System.CommandLine;
using VendorBot.Knowledge;

namespace VendorBot.Cli;

/// <summary>The <c>--documents</c> option of the verbs that change the documents folder, and the override it becomes.</summary>
internal static class DocumentsFolderOption
{
    /// <summary>A new <c>--documents</c> option.</summary>
    public static Option<string?> Create() =>
        new("--documents") { Description = "The documents folder (default: Knowledge:DocumentsPath, 'seeds')." };

    /// <summary>Adds <c>Knowledge:DocumentsPath</c> = <paramref name="folder"/> to <paramref name="overrides"/> when one was given.</summary>
    public static Dictionary<string, string?> Apply(Dictionary<string, string?> overrides, string? folder)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        if (!string.IsNullOrWhiteSpace(folder))
        {
            overrides[$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.DocumentsPath)}"] = folder;
        }

        return overrides;
    }

    /// <summary>Who asks, for the fetch log: <c>cli:</c> and the OS user name.</summary>
    public static string Requester => $"cli:{Environment.UserName}";
}
