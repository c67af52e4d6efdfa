using System.Text;
using System.Text.RegularExpressions;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// Rewrites the front matter of a Markdown document: the edited keys (with their continuation lines, such as a
/// block list of vendors) are dropped and written again at the end of the block; every other line, comments included,
/// and the body stay as they were. A document without front matter gets one.
/// </summary>
internal static partial class FrontMatterEditor
{
    private const string Fence = "---";

    /// <summary>The document <paramref name="text"/> with <paramref name="edit"/> applied (LF line ends).</summary>
    /// <exception cref="DocumentLoadException">A value is not valid, or the existing front matter is malformed.</exception>
    public static string Apply(string text, DocumentEdit edit)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edit);
        text = text.ReplaceLineEndings("\n");
        var existing = FrontMatterParser.Parse(text);
        var (block, body) = Split(text, existing);
        var dropped = DroppedKeys(edit);
        var kept = new StringBuilder();
        var dropping = false;
        foreach (var line in block)
        {
            if (TopLevelKey().Match(line) is { Success: true } key)
            {
                dropping = dropped.Contains(key.Groups[1].Value);
            }
            else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-')
            {
                dropping = false;
            }

            if (!dropping)
            {
                kept.Append(line).Append('\n');
            }
        }

        ArticleMarkdown.Scalar(kept, "title", Required(edit.Title, "title"));
        ArticleMarkdown.Scalar(kept, "publisher", Required(edit.Publisher, "publisher"));
        if (edit.Published is { } published)
        {
            var date = PublishedDate.Parse(published.Trim())
                ?? throw new DocumentLoadException($"“{published}” is not a publication date (yyyy-MM-dd, or yyyy-MM for a month)");
            kept.Append("published: ").Append(date.ToString()).Append('\n');
        }

        if (edit.Vendors is { } vendors)
        {
            ArticleMarkdown.List(kept, "vendors", [.. vendors.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)]);
        }

        var result = $"{Fence}\n{kept}{Fence}\n{body}";
        FrontMatterParser.Parse(result);
        return result;
    }

    private static string? Required(string? value, string key) =>
        value is null || value.Trim().Length > 0 ? value : throw new DocumentLoadException($"the {key} cannot be empty");

    private static HashSet<string> DroppedKeys(DocumentEdit edit)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (edit.Title is not null)
        {
            keys.Add("title");
        }

        if (edit.Publisher is not null)
        {
            keys.UnionWith(["publisher", "source"]);
        }

        if (edit.Published is not null)
        {
            keys.UnionWith(["published", "date"]);
        }

        if (edit.Vendors is not null)
        {
            keys.Add("vendors");
        }

        return keys;
    }

    // The block's lines (without the fences) and the body after the closing fence.
    private static (IReadOnlyList<string> Block, string Body) Split(string text, FrontMatter existing)
    {
        if (existing.BodyStart == 0)
        {
            return ([], text);
        }

        var lines = text[..existing.BodyStart].Split('\n').ToList();
        var closing = lines.FindLastIndex(line => line.Trim() is Fence or "...");
        return (lines[1..closing], text[existing.BodyStart..]);
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_-]*)\s*:(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();
}
