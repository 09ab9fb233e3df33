namespace Dasan.Core.Knowledge;

/// <summary>A passage of a knowledge document with personal data masked; the search index is rebuilt from these rows.</summary>
public sealed class KnowledgeChunkRecord
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public int Ordinal { get; set; }
    public required string Section { get; set; }
    public required string Text { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
}
