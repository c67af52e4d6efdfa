using System.Globalization;
using System.Text;
using VendorBot.Knowledge.Loading;

namespace VendorBot.Knowledge.Articles;

/// <summary>
/// The added articles' files: names from the title's slug (<c>ministry-accuses-norvatel.md</c>, then <c>-2</c>, <c>-3</c>
/// on collisions), written atomically (a hidden temporary file in the same folder, moved into place without replacing
/// anything), and read back for the duplicate check.
/// </summary>
internal static class ArticleFiles
{
    private const int MaxSlugLength = 80;
    private const int MaxCollisions = 1000;

    /// <summary>The slug of <paramref name="title"/>: lower-case ASCII letters and digits separated by single dashes.</summary>
    public static string Slug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = slug[..(cut > 20 ? cut : MaxSlugLength)].Trim('-');
        }

        return slug.Length == 0 ? "article" : slug;
    }

    /// <summary>Writes <paramref name="content"/> as a new file <c>{slug}.md</c> (or <c>{slug}-N.md</c>) in <paramref name="folder"/>; returns its path.</summary>
    public static async Task<string> WriteNewAsync(string folder, string slug, string content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{slug}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllTextAsync(temporary, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        try
        {
            for (var n = 1; n <= MaxCollisions; n++)
            {
                var target = Path.Combine(folder, n == 1 ? $"{slug}.md" : string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}.md"));
                if (File.Exists(target))
                {
                    continue;
                }

                try
                {
                    File.Move(temporary, target, overwrite: false);
                    return target;
                }
                catch (IOException) when (File.Exists(target))
                {
                    // Another writer took this name between the check and the move; try the next one.
                }
            }

            throw new IOException($"more than {MaxCollisions} documents named '{slug}' in '{folder}'");
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The first file in <paramref name="folder"/> whose front matter has this link (normalised) or this text hash, as (path, reason).</summary>
    public static async Task<(string Path, string Reason)?> FindDuplicateAsync(
        string folder, string? normalisedUrl, string contentHash, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path).StartsWith('.'))
            {
                continue;
            }

            FrontMatter frontMatter;
            try
            {
                var text = TextDecoder.Decode(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
                frontMatter = FrontMatterParser.Parse(text);
            }
            catch (Exception ex) when (ex is DocumentLoadException or IOException)
            {
                continue; // a broken file is the indexer's to report
            }

            if (Value(frontMatter, ArticleMarkdown.ContentHashKey) == contentHash)
            {
                return (path, "the same text");
            }

            if (normalisedUrl is not null && ArticleUrl.Normalise(Value(frontMatter, "url")) == normalisedUrl)
            {
                return (path, "the same link");
            }
        }

        return null;
    }

    private static string? Value(FrontMatter frontMatter, string key) =>
        frontMatter.Values.TryGetValue(key, out var value) && !value.IsList && value.Items.Count > 0 ? value.Items[0].Trim() : null;
}
