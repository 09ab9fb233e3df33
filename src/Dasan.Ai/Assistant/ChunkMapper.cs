using Dasan.Ai.Knowledge;
using Dasan.Core.Knowledge;

namespace Dasan.Ai.Assistant;

/// <summary>Between the database rows and the search library's chunks.</summary>
public static class ChunkMapper
{
    public static IEnumerable<KnowledgeChunk> ToChunks(KnowledgeDocument doc) =>
        doc.Chunks.OrderBy(c => c.Ordinal).Select(c => new KnowledgeChunk(
            $"{doc.Key}#{c.Ordinal}", doc.Key, c.Ordinal, doc.Title, c.Section, c.Text, c.Start, c.Length, doc.Domain, doc.Department, doc.Lang));

    public static KnowledgeChunkRecord ToRecord(KnowledgeChunk chunk) => new()
    {
        Ordinal = chunk.Ordinal, Section = chunk.Section, Text = chunk.Text, Start = chunk.Start, Length = chunk.Length,
    };
}
