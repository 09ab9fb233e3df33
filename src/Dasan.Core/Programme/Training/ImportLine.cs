namespace Dasan.Core.Programme.Training;

/// <summary>One record of an import file: its line number, named fields, raw text (for the rejects file) and any parse error.</summary>
public sealed record ImportLine(int Line, IReadOnlyDictionary<string, string?> Fields, string Raw, string? ParseError = null)
{
    public string? Get(string name) => Fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}
