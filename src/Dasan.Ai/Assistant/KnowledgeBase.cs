using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Ai.Assistant;

/// <summary>
/// The installation's search index and extractive answerer. The database is the source of truth: the index
/// (on disk in <c>&lt;data&gt;/index/knowledge</c>, or in memory when another process holds it) is rebuilt from the
/// chunk rows when empty, and documents another node or process stored, changed or deleted are applied from the
/// database's change log (<see cref="ChangeLogCursor"/>) within a few seconds (issue 16).
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private static readonly TimeSpan SyncEvery = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly TimeProvider _clock;
    private readonly ChangeLogCursor _cursor;
    private bool _primed;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private readonly IEmbeddingSource? _embeddings;
    private readonly DenseVectorStore _vectors = new();
    private readonly ILogger _logger;
    private readonly IndexWriterLease? _lease;

    /// <summary>Opens the index; with <paramref name="embeddings"/>, dense vectors are fused with BM25 (RRF).</summary>
    public KnowledgeBase(string indexFolder, TimeProvider clock, IEmbeddingSource? embeddings = null, ILogger? logger = null)
    {
        _clock = clock;
        _embeddings = embeddings;
        _logger = logger ?? NullLogger.Instance;
        _lease = IndexWriterLease.TryTake(indexFolder);
        try
        {
            Index = _lease is null ? KnowledgeIndex.InMemory() : KnowledgeIndex.OnDisk(indexFolder);
            OnDisk = _lease is not null;
        }
        catch (LockObtainFailedException)
        {
            Index = KnowledgeIndex.InMemory();
        }

        if (!OnDisk)
        {
            _logger.LogInformation("The knowledge index {Folder} is held by another process; searching an in-memory copy rebuilt from the database", indexFolder);
        }

        _cursor = new ChangeLogCursor(OnDisk ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(indexFolder)) + ".cursor" : null, clock);
        Answerer = new ExtractiveAnswerer(Index);
        Searcher = new HybridSearcher(Index, _vectors, embeddings);
    }

    public HybridSearcher Searcher { get; }

    public KnowledgeIndex Index { get; }
    public ExtractiveAnswerer Answerer { get; }

    /// <summary>False when the on-disk index is held by another process (the server) and this one searches in memory.</summary>
    public bool OnDisk { get; }

    public async Task<Answer> AskAsync(DasanDbContext db, string maskedQuestion, KnowledgeFilter? filter, CancellationToken ct) =>
        (await RetrieveAsync(db, maskedQuestion, filter, ct)).Extractive;

    /// <summary>
    /// Searches for <paramref name="maskedQuestion"/>: BM25 hits (which decide relevance), the passages to answer
    /// from (BM25 fused with dense vectors when an embedding back-end works), and the extractive answer.
    /// </summary>
    public async Task<Retrieval> RetrieveAsync(DasanDbContext db, string maskedQuestion, KnowledgeFilter? filter, CancellationToken ct)
    {
        await SyncAsync(db, force: false, ct);
        var bm25 = Index.Search(maskedQuestion, filter, 10);
        IReadOnlyList<KnowledgeHit> passages = bm25;
        if (_embeddings is not null && _vectors.Count > 0)
        {
            try
            {
                passages = await Searcher.SearchAsync(maskedQuestion, filter, 10);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // A timeout of the embedding server surfaces as TaskCanceledException: fall back, do not fail the question.
                _logger.LogWarning(e, "Embedding back-end failed; answering from BM25 alone");
            }
        }

        var extractive = Answerer.Compose(maskedQuestion, bm25, passages);
        return new Retrieval(bm25, CitedFirst(extractive, passages), extractive);
    }

    /// <summary>
    /// The passages a language model writes from, led by those the extractive answer cites: its choice of section (the steps
    /// for friends when a friend is at risk, the fee section for 얼마, ADR 0112 and 0324) is lost if the model sees only the
    /// search's order ("친구가 극단적 선택을 할 것 같아요" was written from the support after an attempt).
    /// </summary>
    private IReadOnlyList<KnowledgeHit> CitedFirst(Answer extractive, IReadOnlyList<KnowledgeHit> passages)
    {
        if (extractive.Refused || extractive.Citations.Count == 0)
        {
            return passages;
        }

        var cited = extractive.Citations
            .Select(c => passages.FirstOrDefault(p => p.Chunk.Id == c.ChunkId)
                ?? (Index.DocumentChunks(c.DocumentId).FirstOrDefault(ch => ch.Id == c.ChunkId) is { } chunk ? new KnowledgeHit(chunk, 0, c.Snippet) : null))
            .OfType<KnowledgeHit>()
            .ToList();
        return [.. cited, .. passages.Where(p => cited.TrueForAll(c => c.Chunk.Id != p.Chunk.Id))];
    }

    /// <summary>
    /// Brings the index up to date with the database: a full rebuild when it is empty, otherwise every document named in
    /// the change log since the last sync is made to match its row (re-indexed, or dropped when deleted or failed).
    /// </summary>
    public async Task SyncAsync(DasanDbContext db, bool force, CancellationToken ct)
    {
        if (!force && _clock.GetUtcNow() - _checkedAt < SyncEvery && Index.ChunkCount > 0)
        {
            return;
        }

        await _sync.WaitAsync(ct);
        try
        {
            // The first sync of a process rebuilds: the dense vectors live in memory, and an index folder copied or
            // left by an older version may not match the rows.
            if (Index.ChunkCount == 0 || !_primed)
            {
                await RebuildCoreAsync(db, ct);
                return;
            }

            var rows = await _cursor.ReadAsync(db, ChangeLogTopics.Knowledge, ct);
            var pending = rows.Where(r => !_cursor.IsApplied(r.Id)).ToList();
            foreach (var key in pending.Select(r => r.Key).Distinct(StringComparer.Ordinal))
            {
                var doc = await db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks)
                    .FirstOrDefaultAsync(d => d.Key == key && (d.Stage == "chunked" || d.Stage == "indexed"), ct);
                if (doc is null)
                {
                    Index.Remove(key);
                    _vectors.Remove(key);
                    continue;
                }

                var chunks = ChunkMapper.ToChunks(doc).ToList();
                Index.Replace(doc.Key, chunks);
                await IndexVectorsAsync(doc.Key, chunks);
            }

            if (pending.Count > 0)
            {
                Index.Commit();
            }

            _cursor.Applied(pending.Select(r => r.Id), rows.Select(r => r.Id).ToList());
            _checkedAt = _clock.GetUtcNow();
        }
        finally
        {
            _sync.Release();
        }
    }

    /// <summary>Drops the index and rebuilds it from every chunk row.</summary>
    public async Task<int> RebuildAsync(DasanDbContext db, CancellationToken ct)
    {
        await _sync.WaitAsync(ct);
        try
        {
            return await RebuildCoreAsync(db, ct);
        }
        finally
        {
            _sync.Release();
        }
    }

    private async Task<int> RebuildCoreAsync(DasanDbContext db, CancellationToken ct)
    {
        // The change-log position is read first: a change committed during the rebuild is applied again after it. Ids
        // handed out before that read but committed after it are not in the window read here, so the cursor waits on them.
        var (from, seen) = await ChangeLogCursor.RecentAsync(db, ChangeLogTopics.Knowledge, ct);
        var docs = await db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks).Where(d => d.Stage == "chunked" || d.Stage == "indexed").ToListAsync(ct);
        var chunks = docs.SelectMany(ChunkMapper.ToChunks).ToList();
        Index.Rebuild(chunks);
        Index.Commit();
        foreach (var doc in chunks.GroupBy(c => c.DocumentId))
        {
            await IndexVectorsAsync(doc.Key, doc.ToList());
        }

        _cursor.Reset(from);
        _cursor.Applied(seen, seen);
        _checkedAt = _clock.GetUtcNow();
        _primed = true;
        return chunks.Count;
    }

    /// <summary>Drops a deleted document from the index and the vectors.</summary>
    public void Remove(string documentId)
    {
        Index.Remove(documentId);
        Index.Commit();
        _vectors.Remove(documentId);
    }

    // Vectors live in memory and are recomputed from the chunk rows; a failing embedding server leaves BM25 working.
    private async Task IndexVectorsAsync(string documentId, IReadOnlyList<KnowledgeChunk> chunks)
    {
        if (_embeddings is null)
        {
            return;
        }

        try
        {
            await Searcher.IndexVectorsAsync(documentId, chunks);
        }
        catch (Exception e)
        {
            // Includes TaskCanceledException from a timed-out embedding server: a sync must never fail (or stop the
            // node's follower) because the optional embedding back-end is slow.
            _vectors.Remove(documentId);
            _logger.LogWarning(e, "Could not embed {Document}; it is searched by BM25 only", documentId);
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        _lease?.Dispose();
        _sync.Dispose();
    }
}
