namespace Dasan.Cli.Import;

/// <summary>One record of an import file with the line it started on, and the raw text for the rejects file.</summary>
public sealed record ImportRow(int Line, IReadOnlyDictionary<string, string?> Fields, string Raw, string? ParseError = null);
