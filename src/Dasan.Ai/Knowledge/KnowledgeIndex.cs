using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dasan.Ai.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Dasan.Ai.Knowledge;

/// <summary>
/// The BM25 index of knowledge chunks (Lucene.NET, <see cref="KoreanLuceneAnalyzer"/>), on disk or in
/// memory. The database is the source of truth: <see cref="Rebuild"/> recreates the index from chunk records.
/// Writes are visible to the next search without a commit; <see cref="Commit"/> makes them durable.
/// Thread-safe.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly KoreanLuceneAnalyzer _analyzer = new();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly QuestionAnalyzer _questions = new();
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, IReadOnlyList<KnowledgeChunk>>> _documents = new();
    private readonly System.Threading.Lock _refresh = new();
    private long _writes;
    private long _searchedWrites;

    private KnowledgeIndex(LuceneDirectory directory)
    {
        _directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Similarity,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>The ranking function: BM25 (k1 1.2, b 0.75).</summary>
    internal static BM25Similarity Similarity { get; } = new();

    /// <summary>Number of chunks in the index.</summary>
    public int ChunkCount => Use(searcher => searcher.IndexReader.NumDocs);

    /// <summary>Opens (or creates) an index in <paramref name="folder"/>.</summary>
    public static KnowledgeIndex OnDisk(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        System.IO.Directory.CreateDirectory(folder);
        return new KnowledgeIndex(FSDirectory.Open(new DirectoryInfo(folder)));
    }

    /// <summary>Creates an empty in-memory index (tests, small knowledge bases).</summary>
    public static KnowledgeIndex InMemory() => new(new RAMDirectory());

    /// <summary>Adds the chunks of a document, replacing any chunks it had.</summary>
    public void Replace(string documentId, IEnumerable<KnowledgeChunk> chunks)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        ArgumentNullException.ThrowIfNull(chunks);
        var documents = chunks.Select(chunk => chunk.DocumentId == documentId
            ? KnowledgeFields.ToDocument(chunk)
            : throw new ArgumentException($"Chunk {chunk.Id} belongs to {chunk.DocumentId}, not {documentId}.", nameof(chunks)));
        _writer.UpdateDocuments(new Term(KnowledgeFields.DocumentId, documentId), documents);
        Interlocked.Increment(ref _writes);
    }

    /// <summary>Same as <see cref="Replace"/>: adding a document twice keeps only the latest chunks.</summary>
    public void Add(string documentId, IEnumerable<KnowledgeChunk> chunks) => Replace(documentId, chunks);

    /// <summary>Removes every chunk of a document.</summary>
    public void Remove(string documentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentId);
        _writer.DeleteDocuments(new Term(KnowledgeFields.DocumentId, documentId));
        Interlocked.Increment(ref _writes);
    }

    /// <summary>Drops everything and indexes <paramref name="chunks"/> (the database's chunk records), then commits.</summary>
    public void Rebuild(IEnumerable<KnowledgeChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        _writer.DeleteAll();
        foreach (var group in chunks.GroupBy(c => c.DocumentId, StringComparer.Ordinal))
        {
            _writer.AddDocuments(group.Select(KnowledgeFields.ToDocument));
        }

        Interlocked.Increment(ref _writes);
        Commit();
    }

    /// <summary>Makes pending writes durable.</summary>
    public void Commit() => _writer.Commit();

    /// <summary>The best <paramref name="k"/> chunks for <paramref name="query"/>, with highlighted snippets.</summary>
    public IReadOnlyList<KnowledgeHit> Search(string query, KnowledgeFilter? filter = null, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var lucene = KnowledgeQueryFactory.Build(_questions.Terms(query, Knows), filter);
        if (lucene is null)
        {
            return [];
        }

        return Use<IReadOnlyList<KnowledgeHit>>(searcher =>
        {
            var snippets = new SnippetHighlighter(lucene, _analyzer);
            var hits = new List<KnowledgeHit>();
            foreach (var hit in searcher.Search(lucene, k).ScoreDocs)
            {
                var chunk = KnowledgeFields.FromDocument(searcher.Doc(hit.Doc));
                hits.Add(new KnowledgeHit(chunk, hit.Score, snippets.Snippet(chunk.Text)));
            }

            return hits;
        });
    }

    /// <summary>
    /// Every chunk of a document, in chunk order. Answers are kept for as long as the index does not change (every
    /// question reads its top document whole): the same list instance is returned until a write is searched.
    /// </summary>
    public IReadOnlyList<KnowledgeChunk> DocumentChunks(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return Use(searcher =>
        {
            var cache = _documents.GetValue(searcher.IndexReader, _ => new ConcurrentDictionary<string, IReadOnlyList<KnowledgeChunk>>(StringComparer.Ordinal));
            if (cache.Count > 2_000)
            {
                cache.Clear(); // a bound for very large knowledge bases; the common documents come back at once
            }

            return cache.GetOrAdd(documentId, id =>
            {
                var docs = searcher.Search(new TermQuery(new Term(KnowledgeFields.DocumentId, id)), 10_000).ScoreDocs;
                return docs.Select(d => KnowledgeFields.FromDocument(searcher.Doc(d.Doc))).OrderBy(c => c.Ordinal).ToList();
            });
        });
    }

    /// <summary>True when some chunk's text contains <paramref name="term"/> as an indexed word.</summary>
    public bool Knows(string term) => Frequency(term).ChunkFrequency > 0;

    /// <summary>Chunk frequency and chunk count of body-text terms, for IDF weights.</summary>
    public (int ChunkFrequency, int ChunkCount) Frequency(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Use(searcher => (searcher.IndexReader.DocFreq(new Term(KnowledgeFields.Text, term)), searcher.IndexReader.MaxDoc));
    }

    /// <summary>
    /// The highest BM25 score any chunk could reach for <paramref name="query"/> (every term matched at
    /// saturating frequency); terms the index lacks still count, so unknown words lower the ratio.
    /// </summary>
    public float MaxPossibleScore(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = _questions.Terms(query, Knows);
        return Use(searcher =>
        {
            var total = 0.0;
            var maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
            foreach (var term in terms)
            {
                foreach (var (field, boost) in KnowledgeFields.Searched.Where(f => term.IsContent || f.Field == KnowledgeFields.Text))
                {
                    var df = searcher.IndexReader.DocFreq(new Term(field, term.Term));
                    var idf = Math.Log(1 + ((maxDoc - df + 0.5) / (df + 0.5)));
                    total += boost * KnowledgeQueryFactory.WeightOf(term) * idf * (Similarity.K1 + 1);
                }
            }

            return (float)total;
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a searcher that holds every write made before the call. The first search after a
    /// write refreshes the searcher; the others wait for it rather than search the snapshot before the write (right after
    /// the first start, an empty index: 7 of 8 questions asked together found nothing).
    /// </summary>
    private T Use<T>(Func<IndexSearcher, T> action)
    {
        var writes = Interlocked.Read(ref _writes);
        if (writes != Interlocked.Read(ref _searchedWrites))
        {
            lock (_refresh)
            {
                if (Interlocked.Read(ref _searchedWrites) < writes)
                {
                    var target = Interlocked.Read(ref _writes); // writes made during the refresh are refreshed by the next search
                    _searchers.MaybeRefreshBlocking();
                    Interlocked.Exchange(ref _searchedWrites, target);
                }
            }
        }

        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
