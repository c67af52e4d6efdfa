using System.Globalization;

namespace VendorBot.Knowledge.Indexing;

/// <summary>
/// A reindex would remove every indexed document, or more than half of them (a wrong or empty folder, a drive not
/// mounted), and removal was not allowed; nothing was changed.
/// </summary>
public sealed class IndexRemovalRefusedException : Exception
{
    private const int NamesShown = 5;

    /// <summary>Creates the exception for <paramref name="removals"/> out of <paramref name="indexed"/> documents, none found in <paramref name="folder"/>.</summary>
    public IndexRemovalRefusedException(string folder, IReadOnlyList<string> removals, int indexed)
        : base(Describe(folder, removals, indexed))
    {
        Folder = folder;
        Removals = removals;
        Indexed = indexed;
    }

    /// <summary>The folder that was indexed.</summary>
    public string Folder { get; }

    /// <summary>The ids of the documents the run would have removed.</summary>
    public IReadOnlyList<string> Removals { get; }

    /// <summary>How many documents the index holds.</summary>
    public int Indexed { get; }

    /// <summary>True when a run removing <paramref name="removals"/> of <paramref name="indexed"/> documents needs confirming.</summary>
    public static bool NeedsConfirmation(int removals, int indexed) => removals > 0 && (removals == indexed || removals * 2 > indexed);

    private static string Describe(string folder, IReadOnlyList<string> removals, int indexed)
    {
        ArgumentNullException.ThrowIfNull(removals);
        var names = string.Join(", ", removals.Take(NamesShown));
        var more = removals.Count > NamesShown ? string.Create(CultureInfo.InvariantCulture, $" and {removals.Count - NamesShown} more") : string.Empty;
        var share = (removals.Count, indexed) switch
        {
            (1, 1) => "the only indexed document: its file is",
            var (r, i) when r == i => string.Create(CultureInfo.InvariantCulture, $"all {i} indexed documents: their files are"),
            var (r, i) => string.Create(CultureInfo.InvariantCulture, $"{r} of the {i} indexed documents: their files are"),
        };
        return $"refusing to remove {share} not in '{folder}' ({names}{more}); nothing was changed";
    }
}
