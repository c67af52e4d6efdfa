using System.Globalization;
using System.Text;
using VendorBot.Knowledge;

namespace VendorBot.Answering.Model;

/// <summary>Renders the evidence as the numbered sources the model sees: <c>[n] title — publisher, date</c> then the text.</summary>
internal static class SourceFormatter
{
    /// <summary>Numbers <paramref name="evidence"/> from 1 in order.</summary>
    public static string Format(IReadOnlyList<SearchHit> evidence)
    {
        var text = new StringBuilder();
        for (var i = 0; i < evidence.Count; i++)
        {
            var document = evidence[i].Document;
            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}] {document.Title}");
            text.Append(" — ").Append(document.Publisher ?? "unknown publisher");
            text.Append(", ").Append(document.PublishedText ?? "undated");
            text.Append('\n').Append(evidence[i].Passage.Text).Append("\n\n");
        }

        return text.ToString().TrimEnd();
    }
}
