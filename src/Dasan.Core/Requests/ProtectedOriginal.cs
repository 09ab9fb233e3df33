namespace Dasan.Core.Requests;

/// <summary>The unmasked original of a request: only admins see it, and every view is audited.</summary>
public sealed record ProtectedOriginal(string TrackingNumber, string Body, string? ContactName, string? ContactPhone, string? ContactEmail, string? Address);
