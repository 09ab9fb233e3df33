namespace Dasan.Core.Audit;

/// <summary>Outcome of <see cref="AuditChainVerifier"/>: how many events checked out and where it broke.</summary>
/// <param name="Valid">The chain (and the head, when one was given) checked out.</param>
/// <param name="VerifiedEvents">Events that checked out before the first problem.</param>
/// <param name="BrokenAt">The first event that did not, or null.</param>
/// <param name="Problem">What was wrong, or null.</param>
/// <param name="KeyedFrom">The first event hashed with the installation's key; earlier ones are plain SHA-256 (written before the key existed).</param>
public sealed record AuditVerification(bool Valid, long VerifiedEvents, long? BrokenAt, string? Problem, long? KeyedFrom = null);
