namespace Dasan.Core.Radar;

/// <summary>An open request past its due date, for a briefing.</summary>
public sealed record OverdueRequest(long Id, string TrackingNumber, string Title, string? Department, DateTime DueAt, int DaysOverdue);
