using Dasan.Ai.Knowledge;
using Dasan.Core.Data;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>
/// The installation's search index and extractive answerer. The database is the source of truth: the index
/// (on disk in <c>&lt;data&gt;/index/knowledge</c>, or in memory when another process holds it) is rebuilt from the
/// chunk rows when empty, and documents changed by another process are picked up within 30 seconds.
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private static readonly TimeSpan SyncEvery = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _sync = new(1, 1);
    private readonly TimeProvider _clock;
    private DateTime _syncedUpTo = DateTime.MinValue;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public KnowledgeBase(string indexFolder, TimeProvider clock)
    {
        _clock = clock;
        try
        {
            Index = KnowledgeIndex.OnDisk(indexFolder);
            OnDisk = true;
        }
        catch (LockObtainFailedException)
        {
            Index = KnowledgeIndex.InMemory();
        }

        Answerer = new ExtractiveAnswerer(Index);
    }

    public KnowledgeIndex Index { get; }
    public ExtractiveAnswerer Answerer { get; }

    /// <summary>False when the on-disk index is held by another process (the server) and this one searches in memory.</summary>
    public bool OnDisk { get; }

    public async Task<Answer> AskAsync(DasanDbContext db, string maskedQuestion, KnowledgeFilter? filter, CancellationToken ct)
    {
        await SyncAsync(db, force: false, ct);
        return Answerer.Answer(maskedQuestion, filter);
    }

    /// <summary>Brings the index up to date with the database (every chunked or indexed document changed since the last sync).</summary>
    public async Task SyncAsync(DasanDbContext db, bool force, CancellationToken ct)
    {
        if (!force && _clock.GetUtcNow() - _checkedAt < SyncEvery && Index.ChunkCount > 0)
        {
            return;
        }

        await _sync.WaitAsync(ct);
        try
        {
            var since = Index.ChunkCount == 0 ? DateTime.MinValue : _syncedUpTo;
            var changed = await db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks)
                .Where(d => d.UpdatedAt > since && (d.Stage == "chunked" || d.Stage == "indexed")).ToListAsync(ct);
            foreach (var doc in changed)
            {
                Index.Replace(doc.Key, ChunkMapper.ToChunks(doc));
                _syncedUpTo = doc.UpdatedAt > _syncedUpTo ? doc.UpdatedAt : _syncedUpTo;
            }

            if (changed.Count > 0)
            {
                Index.Commit();
            }

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
            var docs = await db.KnowledgeDocuments.AsNoTracking().Include(d => d.Chunks).Where(d => d.Stage == "chunked" || d.Stage == "indexed").ToListAsync(ct);
            var chunks = docs.SelectMany(ChunkMapper.ToChunks).ToList();
            Index.Rebuild(chunks);
            Index.Commit();
            _syncedUpTo = docs.Count == 0 ? DateTime.MinValue : docs.Max(d => d.UpdatedAt);
            _checkedAt = _clock.GetUtcNow();
            return chunks.Count;
        }
        finally
        {
            _sync.Release();
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        _sync.Dispose();
    }
}
