namespace Dasan.Core.Knowledge;

/// <summary>
/// A document of the knowledge base. Ingestion is a pipeline of steps recorded in <see cref="Stage"/>
/// (stored → chunked → indexed, or failed), so an interrupted run resumes where it stopped.
/// </summary>
public sealed class KnowledgeDocument
{
    public long Id { get; set; }

    /// <summary>Stable key, e.g. the file name <c>large-waste-disposal.md</c>; re-ingesting the same key replaces the document.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }
    public string? Domain { get; set; }
    public string? Department { get; set; }
    public string? Source { get; set; }
    public string? Lang { get; set; }

    /// <summary>markdown, text, html or pdf.</summary>
    public required string Format { get; set; }

    /// <summary>The document as received (text; PDFs as extracted text).</summary>
    public required string Content { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>stored, chunked, indexed or failed.</summary>
    public required string Stage { get; set; }

    public string? Error { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<KnowledgeChunkRecord> Chunks { get; set; } = [];
}
