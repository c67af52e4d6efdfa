namespace VendorBot.Knowledge.Text;

/// <summary>A word of a text as <see cref="TextAnalyzer"/> sees it.</summary>
/// <param name="Surface">The word as written.</param>
/// <param name="Term">Lower case, Latin diacritics folded: the index's token.</param>
/// <param name="Stem">The index term: <paramref name="Term"/> stemmed by FTS5's Porter stemmer.</param>
/// <param name="Start">Where the word starts in the text.</param>
/// <param name="IsStopword">A function word (question words, articles, auxiliaries) that carries no topic.</param>
/// <param name="IsName">Capitalised inside a sentence, or all capitals (e.g. "Hikvision", "UK"): a named entity.</param>
internal readonly record struct Word(string Surface, string Term, string Stem, int Start, bool IsStopword, bool IsName);
