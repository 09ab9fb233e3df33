namespace Dasan.Web.Api;

/// <summary>Body of PUT /api/v1/admin/knowledge/documents/{key}: the document text (format from the key's extension).</summary>
public sealed record DocumentBody(string? Content);
