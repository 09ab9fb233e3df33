using System.Security.Cryptography;
using System.Text;
using Dasan.Ai.Knowledge;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Knowledge;
using Dasan.Korean;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>
/// Ingestion as recorded steps: (1) store the document (stage <c>stored</c>), (2) parse, chunk and mask it into
/// chunk rows (<c>chunked</c>), (3) index it (<c>indexed</c>). A document whose content hash is unchanged is
/// skipped; a changed one replaces its chunks; <see cref="ResumeAsync"/> finishes documents left half-way.
/// </summary>
public sealed class KnowledgeIngestor(DasanDbContext db, AuditTrail audit, KnowledgeBase knowledge, TimeProvider clock)
{
    private static readonly Chunker Chunker = new(new KoreanTextPipeline());

    public async Task<IngestOutcome> IngestAsync(Actor actor, string key, string content, DocumentFormat format, CancellationToken ct)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
        var doc = await db.KnowledgeDocuments.Include(d => d.Chunks).FirstOrDefaultAsync(d => d.Key == key, ct);
        if (doc is { Stage: "indexed" } && doc.ContentHash == hash)
        {
            return IngestOutcome.Unchanged;
        }

        var isNew = doc is null;
        doc ??= db.KnowledgeDocuments.Add(new KnowledgeDocument
        {
            Key = key, Title = key, Format = FormatName(format), Content = content, ContentHash = hash, Stage = "stored",
        }).Entity;
        (doc.Content, doc.ContentHash, doc.Format, doc.Stage, doc.Error, doc.UpdatedAt) = (content, hash, FormatName(format), "stored", null, Now);
        audit.Record(actor, isNew ? "knowledge.stored" : "knowledge.replaced", "knowledge_document", key, null, new { hash, format = doc.Format });
        await db.SaveChangesAsync(ct);
        return await ChunkAndIndexAsync(doc, format, ct);
    }

    /// <summary>Deletes a document and its chunks, and drops it from the index; false when there is no such document.</summary>
    public async Task<bool> DeleteAsync(Actor actor, string key, CancellationToken ct)
    {
        var doc = await db.KnowledgeDocuments.Include(d => d.Chunks).FirstOrDefaultAsync(d => d.Key == key, ct);
        if (doc is null)
        {
            return false;
        }

        db.KnowledgeDocuments.Remove(doc);
        audit.Record(actor, "knowledge.deleted", "knowledge_document", key, new { hash = doc.ContentHash, chunks = doc.Chunks.Count }, null);
        await db.SaveChangesAsync(ct);
        knowledge.Remove(key);
        return true;
    }

    /// <summary>Runs the remaining steps of every document not yet indexed (after a crash or a failed run).</summary>
    public async Task<int> ResumeAsync(CancellationToken ct)
    {
        var pending = await db.KnowledgeDocuments.Include(d => d.Chunks).Where(d => d.Stage == "stored" || d.Stage == "chunked").ToListAsync(ct);
        foreach (var doc in pending)
        {
            await ChunkAndIndexAsync(doc, Parse(doc.Format), ct);
        }

        return pending.Count;
    }

    private async Task<IngestOutcome> ChunkAndIndexAsync(KnowledgeDocument doc, DocumentFormat format, CancellationToken ct)
    {
        try
        {
            if (doc.Stage == "stored")
            {
                var parsed = DocumentParser.Parse(doc.Content, format);
                var chunks = Chunker.Chunk(doc.Key, parsed);
                doc.Chunks.Clear();
                doc.Chunks.AddRange(chunks.Select(ChunkMapper.ToRecord));
                (doc.Title, doc.Domain, doc.Department, doc.Source, doc.Lang) =
                    (parsed.Title, parsed.Meta("domain"), parsed.Meta("department"), parsed.Meta("source"), parsed.Meta("lang") ?? "ko");
                (doc.Stage, doc.UpdatedAt) = ("chunked", Now);
                await db.SaveChangesAsync(ct);
            }

            knowledge.Index.Replace(doc.Key, ChunkMapper.ToChunks(doc));
            knowledge.Index.Commit();
            (doc.Stage, doc.UpdatedAt) = ("indexed", Now);
            await db.SaveChangesAsync(ct);
            return IngestOutcome.Indexed;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or ArgumentException)
        {
            (doc.Stage, doc.Error, doc.UpdatedAt) = ("failed", e.Message.Length > 2000 ? e.Message[..2000] : e.Message, Now);
            await db.SaveChangesAsync(ct);
            return IngestOutcome.Failed;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string FormatName(DocumentFormat f) => f switch
    {
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        DocumentFormat.PdfText => "pdf",
        _ => "text",
    };

    private static DocumentFormat Parse(string format) => format switch
    {
        "markdown" => DocumentFormat.Markdown,
        "html" => DocumentFormat.Html,
        "pdf" => DocumentFormat.PdfText,
        _ => DocumentFormat.PlainText,
    };
}
