namespace VendorBot.Answering.Text;

/// <summary>A word of a text: its surface form, its lower-case stem, and whether it looks like a name.</summary>
/// <param name="Surface">The word as written.</param>
/// <param name="Stem">Lower-case Porter stem, comparable with the index's terms.</param>
/// <param name="IsStopword">A function word (question words, articles, auxiliaries) that carries no topic.</param>
/// <param name="IsName">Capitalised inside a sentence, or all capitals (e.g. "Hikvision", "UK"): a named entity.</param>
internal readonly record struct Token(string Surface, string Stem, bool IsStopword, bool IsName);
