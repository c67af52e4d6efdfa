using System.Text;
using VendorBot.Knowledge.Text;

namespace VendorBot.Knowledge.Loading;

/// <summary>Builds a document's plain text block by block (blank line between blocks) and records heading spans.</summary>
internal sealed class PlainTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextHeading> _headings = [];
    private bool _pendingSpace;

    /// <summary>Headings added so far.</summary>
    public IReadOnlyList<TextHeading> Headings => _headings;

    /// <summary>Appends text exactly as given (Markdown literals keep every character).</summary>
    public void Append(string value) => _text.Append(value);

    /// <summary>Appends text with runs of white space collapsed to one space (HTML text nodes).</summary>
    public void AppendCollapsed(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0 && !char.IsWhiteSpace(_text[^1]);
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
        }
    }

    /// <summary>Ends the current block: the next text starts after a blank line.</summary>
    public void EndBlock()
    {
        _pendingSpace = false;
        TrimEnd();
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }
    }

    /// <summary>Runs <paramref name="writeHeading"/> as its own block and records it as a heading of <paramref name="level"/>.</summary>
    public void AddHeading(int level, Action writeHeading)
    {
        ArgumentNullException.ThrowIfNull(writeHeading);
        EndBlock();
        var start = _text.Length;
        writeHeading();
        TrimEnd();
        if (_text.Length > start)
        {
            var span = new TextSpan(start, _text.Length);
            _headings.Add(new TextHeading(level, _text.ToString(start, span.Length), span));
        }

        EndBlock();
    }

    /// <summary>The text, without trailing white space.</summary>
    public override string ToString()
    {
        TrimEnd();
        return _text.ToString();
    }

    private void TrimEnd()
    {
        var end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        _text.Length = end;
    }
}
