namespace Dasan.Web.Api;

/// <summary>A request acknowledged and not yet stored and placed by a journal worker (ADR 0328): only its state.</summary>
public sealed record QueuedView(string TrackingNumber, string Status, string StatusName, DateTime ReceivedAt);
