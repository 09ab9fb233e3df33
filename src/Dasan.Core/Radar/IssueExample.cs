namespace Dasan.Core.Radar;

/// <summary>A representative item of an issue.</summary>
public sealed record IssueExample(long Id, DateOnly Day, string Source, RadarSourceKind Kind, string Title, string? Url);
