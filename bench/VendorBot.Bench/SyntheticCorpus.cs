using System.Runtime.CompilerServices;
using VendorBot.Knowledge;
using VendorBot.Knowledge.Chunking;
using VendorBot.Knowledge.Search.Evaluation;
using VendorBot.Knowledge.Text;

namespace VendorBot.Bench;

/// <summary>
/// A deterministic synthetic corpus for the scale run: documents of shuffled sentences drawn (fixed seed) from the
/// shared collections' text, each titled with the start of another sentence, generated until the knowledge chunker
/// would cut them into the requested number of passages.
/// </summary>
internal sealed class SyntheticCorpus(IReadOnlyList<string> sentences, int seed)
{
    private const int DocumentChars = 3_000;
    private const int TitleWords = 8;
    private const int MinSentenceChars = 20;

    /// <summary>Collects the sentences of every collection's documents.</summary>
    public static SyntheticCorpus From(IEnumerable<BeirCollection> collections, int seed) => new(
        [.. collections.SelectMany(collection => collection.Documents)
            .SelectMany(document => SentenceSplitter.Split(document.Text).Select(span => span.Slice(document.Text).Trim()))
            .Where(sentence => sentence.Length >= MinSentenceChars)],
        seed);

    /// <summary>Number of distinct source sentences.</summary>
    public int SentenceCount => sentences.Count;

    /// <summary>Yields documents until they hold at least <paramref name="passages"/> passages.</summary>
    public async IAsyncEnumerable<SourceDocument> DocumentsAsync(long passages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        long produced = 0;
        for (var n = 0; produced < passages; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = new System.Text.StringBuilder(DocumentChars + 400);
            while (text.Length < DocumentChars)
            {
                text.Append(sentences[random.Next(sentences.Count)]).Append(' ');
            }

            var title = string.Join(' ', sentences[random.Next(sentences.Count)].Split(' ').Take(TitleWords));
            var document = new SourceDocument($"synthetic/{n}", title, "synthetic", null, null, [], [], $"synthetic-{seed}-{n}", text.ToString().TrimEnd());
            produced += PassageChunker.Chunk(document).Count;
            yield return document;
            if (n % 1_000 == 0)
            {
                await Task.Yield();
            }
        }
    }
}
