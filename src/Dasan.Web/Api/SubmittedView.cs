namespace Dasan.Web.Api;

/// <summary>Answer to a submission: the tracking number, the citizen's status link and the legal due date.</summary>
public sealed record SubmittedView(string TrackingNumber, long Id, string StatusUrl, DateTime DueAt, string Status, string? Department, bool Replayed);
