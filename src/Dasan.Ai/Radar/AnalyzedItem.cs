namespace Dasan.Ai.Radar;

/// <summary>What the radar learns of one text when it arrives.</summary>
public sealed record AnalyzedItem(
    string Title,
    string Body,
    string? Domain,
    IReadOnlyList<string> Departments,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Phrases);
