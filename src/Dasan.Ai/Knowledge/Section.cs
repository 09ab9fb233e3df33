namespace Dasan.Ai.Knowledge;

/// <summary>A headed part of a document.</summary>
/// <param name="Heading">The section heading; the document title for text before the first heading.</param>
/// <param name="Text">The section body, exactly <c>Document.Text.Substring(Start, Text.Length)</c>.</param>
/// <param name="Start">Offset of <paramref name="Text"/> in <see cref="ParsedDocument.Text"/>.</param>
public sealed record Section(string Heading, string Text, int Start);
