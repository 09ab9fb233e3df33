namespace Dasan.Ai.Knowledge;

/// <summary>A numbered source of an answer; the answer text refers to it as [Number].</summary>
/// <param name="Number">The citation number, from 1.</param>
/// <param name="ChunkId">The cited chunk.</param>
/// <param name="DocumentId">The cited document.</param>
/// <param name="Title">The document title.</param>
/// <param name="Section">The section heading.</param>
/// <param name="Snippet">The highlighted fragment of the chunk (HTML-encoded, &lt;mark&gt; tags).</param>
public sealed record Citation(int Number, string ChunkId, string DocumentId, string Title, string Section, string Snippet);
