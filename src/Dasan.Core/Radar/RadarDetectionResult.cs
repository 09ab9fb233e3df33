namespace Dasan.Core.Radar;

/// <summary>A detection over stored items: the issues, how many dismissals suppressed, and how many items were read.</summary>
public sealed record RadarDetectionResult(DateOnly From, DateOnly To, string? Source, IReadOnlyList<DetectedIssue> Issues, int Suppressed, int ItemsRead);
