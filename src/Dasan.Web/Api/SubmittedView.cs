namespace Dasan.Web.Api;

/// <summary>
/// Answer to a submission: the tracking number, the citizen's status link and the legal due date; for a request rated
/// critical, <paramref name="Urgency"/> is <c>critical</c> and <paramref name="Emergency"/> tells the citizen to call 119 or 112 now.
/// </summary>
public sealed record SubmittedView(
    string TrackingNumber, long Id, string StatusUrl, DateTime DueAt, string Status, string? Department, bool Replayed,
    string Urgency = "normal", Dasan.Core.Requests.EmergencyAdvice? Emergency = null);
