using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using VendorBot.Knowledge.Search.Evaluation;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace VendorBot.Bench;

/// <summary>
/// The peer: Lucene.Net 4.8 with EnglishAnalyzer and BM25Similarity (k1 1.2, b 0.75), one Lucene document per BEIR
/// document with title and text in one field, the query an OR of its analysed terms (what QueryParser builds).
/// </summary>
internal sealed class LuceneBm25System(string folder) : IRetrievalSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";
    private const string IdField = "id";
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private LuceneDirectory? _directory;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public string Name => "Lucene.Net BM25";

    public Task BuildAsync(IReadOnlyList<BeirDocument> documents, CancellationToken cancellationToken)
    {
        _directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(new Document
                {
                    new StringField(IdField, document.Id, Field.Store.YES),
                    new TextField(TextField, document.Title + "\n" + document.Text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RankedDocument>> SearchAsync(string text, int top, CancellationToken cancellationToken)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("build the index first");
        var query = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(TextField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                query.Add(new TermQuery(new Term(TextField, term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        var hits = searcher.Search(query, top).ScoreDocs;
        IReadOnlyList<RankedDocument> ranking = [.. hits.Select(hit => new RankedDocument(searcher.Doc(hit.Doc).Get(IdField), hit.Score))];
        return Task.FromResult(ranking);
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _directory?.Dispose();
        _analyzer.Dispose();
        return ValueTask.CompletedTask;
    }
}
