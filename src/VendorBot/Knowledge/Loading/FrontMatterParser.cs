using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VendorBot.Knowledge.Loading;

/// <summary>
/// Parses the <c>---</c> front-matter block at the start of a document as YAML (YamlDotNet): comments, quoted and
/// plain scalars, inline and block lists. Our documents' front matter is a flat mapping of scalars and lists of
/// scalars; anything else (a nested mapping, a list of lists, invalid YAML, a duplicate key) fails the file with the
/// line. What the values must look like (dates, single values) is checked by <see cref="FrontMatterMetadata"/>.
/// </summary>
internal static class FrontMatterParser
{
    private const string Fence = "---";

    /// <summary>Parses the block at the start of <paramref name="text"/> (LF line ends), or returns <see cref="FrontMatter.None"/>.</summary>
    /// <exception cref="DocumentLoadException">The block is malformed.</exception>
    public static FrontMatter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstEnd = text.IndexOf('\n', StringComparison.Ordinal);
        var first = firstEnd < 0 ? text : text[..firstEnd];
        if (first.TrimEnd() != Fence || firstEnd < 0)
        {
            if (first.TrimEnd() == Fence)
            {
                throw NeverClosed();
            }

            return FrontMatter.None;
        }

        var (yaml, bodyStart) = Block(text, firstEnd + 1);
        return new FrontMatter(ReadMapping(yaml), bodyStart);
    }

    /// <summary>The error for a malformed block, naming the line.</summary>
    internal static DocumentLoadException Malformed(int line, string reason) =>
        new($"malformed front matter at line {line}: {reason}");

    // The YAML between the fences and where the body starts (after the closing '---' or '...' line).
    private static (string Yaml, int BodyStart) Block(string text, int start)
    {
        var position = start;
        while (position < text.Length)
        {
            var newline = text.IndexOf('\n', position);
            var end = newline < 0 ? text.Length : newline;
            var line = text[position..end].Trim();
            if (line is Fence or "...")
            {
                return (text[start..position], newline < 0 ? text.Length : newline + 1);
            }

            position = end + 1;
        }

        throw NeverClosed();
    }

    private static Dictionary<string, FrontMatterValue> ReadMapping(string yaml)
    {
        var values = new Dictionary<string, FrontMatterValue>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw Malformed(Line(ex.Start), Reason(ex));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return values;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw Malformed(Line(stream.Documents[0].RootNode.Start), "expected 'key: value' lines");
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                throw Malformed(Line(keyNode.Start), "a key must be a plain name");
            }

            if (values.ContainsKey(key))
            {
                throw Malformed(Line(keyNode.Start), $"duplicate key '{key}'");
            }

            values[key] = valueNode switch
            {
                YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain } => new FrontMatterValue([], IsList: true, Line(keyNode.Start)),
                YamlScalarNode scalar => new FrontMatterValue([scalar.Value ?? string.Empty], IsList: false, Line(keyNode.Start)),
                YamlSequenceNode sequence => new FrontMatterValue(Items(key, sequence), IsList: true, Line(keyNode.Start)),
                _ => throw Malformed(Line(valueNode.Start), $"'{key}' must be a value or a list of values, not a nested mapping"),
            };
        }

        return values;
    }

    private static List<string> Items(string key, YamlSequenceNode sequence) =>
    [
        .. sequence.Children.Select(item => item is YamlScalarNode { Value: { } value }
            ? value
            : throw Malformed(Line(item.Start), $"'{key}' must list plain values")),
    ];

    // YamlDotNet counts lines of the block from 1; the opening fence is line 1 of the file.
    private static int Line(Mark mark) => (int)Math.Min(int.MaxValue, mark.Line + 1);

    private static string Reason(YamlException exception)
    {
        var message = exception.InnerException is YamlException inner ? inner.Message : exception.Message;
        var start = message.IndexOf("): ", StringComparison.Ordinal);
        return (start >= 0 ? message[(start + 3)..] : message).Trim().TrimEnd('.');
    }

    private static DocumentLoadException NeverClosed() =>
        new("malformed front matter: the '---' block is never closed by another '---' line");
}
