namespace Dasan.Web.Api;

/// <summary>
/// Answer to a submission acknowledged before triage (<c>202 Accepted</c> to <c>Prefer: respond-async</c>, ADR 0328):
/// the tracking number, the citizen's status link, the legal due date, <c>status</c> <c>queued</c> until a worker has
/// stored and placed it (seconds), and the urgency intake gave it. A critical request is never answered this way.
/// </summary>
public sealed record AcceptedView(string TrackingNumber, string StatusUrl, DateTime ReceivedAt, DateTime DueAt, string Status, string StatusName, string Urgency);
