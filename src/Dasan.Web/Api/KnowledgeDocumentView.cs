namespace Dasan.Web.Api;

/// <summary>One document of the knowledge base and its ingestion stage (stored, chunked, indexed, failed).</summary>
public sealed record KnowledgeDocumentView(string Key, string Title, string Format, string Stage, string? Domain, string? Department, int Chunks, string? Error, DateTime UpdatedAt);
