namespace Dasan.Core.Audit;

/// <summary>
/// The secret of the audit chain's keyed MAC (issue 15). It lives outside the database — configuration
/// (<c>Dasan:Audit:Key</c>) or a file in the data directory readable by the owner only — so someone who can write the
/// database can no longer rewrite events and re-hash the chain after them.
/// </summary>
public sealed class AuditKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes.Length >= 32 ? bytes : throw new ArgumentException("The audit key needs at least 32 bytes.", nameof(bytes));
}
