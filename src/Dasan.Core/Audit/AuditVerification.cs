namespace Dasan.Core.Audit;

/// <summary>Outcome of <see cref="AuditChainVerifier"/>: how many events checked out and where it broke.</summary>
public sealed record AuditVerification(bool Valid, long VerifiedEvents, long? BrokenAt, string? Problem);
