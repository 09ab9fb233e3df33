using System.Text.Json.Nodes;

namespace Dasan.Web.Programme;

/// <summary>One line of an imported portfolio file: the document, or why the line could not be read.</summary>
public sealed record ImportRow(int Line, JsonObject? Document, string? Field = null, string? Error = null);
