namespace Dasan.Ai.Knowledge;

/// <summary>
/// A searchable passage of a knowledge document, with personal data masked. This is the record the
/// database stores; the index is rebuilt from these.
/// </summary>
/// <param name="Id">Unique chunk id, <c>{DocumentId}#{Ordinal}</c>.</param>
/// <param name="DocumentId">The owning document (for the shipped KB, its file name).</param>
/// <param name="Ordinal">Position of the chunk in the document, from 0.</param>
/// <param name="Title">The document title.</param>
/// <param name="Section">The heading of the section the chunk comes from.</param>
/// <param name="Text">The masked passage, exactly as long as the source span.</param>
/// <param name="Start">Offset of the passage in the parsed document text.</param>
/// <param name="Length">Length of the passage in the parsed document text.</param>
/// <param name="Domain">The document's domain (welfare, transport …), if any.</param>
/// <param name="Department">The responsible department, if any.</param>
/// <param name="Lang">The document language (ko, en), if known.</param>
public sealed record KnowledgeChunk(
    string Id,
    string DocumentId,
    int Ordinal,
    string Title,
    string Section,
    string Text,
    int Start,
    int Length,
    string? Domain,
    string? Department,
    string? Lang);
