namespace Dasan.Core.Requests;

/// <summary>
/// A request acknowledged before triage (ADR 0328): its tracking number, the secret of its status link, when it was
/// received, its legal due date and the urgency intake gave it (never critical: those are stored and escalated at once).
/// </summary>
public sealed record AcceptedSubmission(string TrackingNumber, string StatusSecret, DateTime ReceivedAt, DateTime DueAt, string Urgency);
