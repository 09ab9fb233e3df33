using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dasan.Core.Audit;

/// <summary>
/// A signed statement of the audit chain's head (issue 15): how many events it held, the hash of the last, and from
/// which event it is keyed, signed with the installation's <see cref="AuditKey"/>. Exported regularly and kept away
/// from the database, it lets <c>dasan audit verify --against HEAD</c> detect events deleted from the end of the chain
/// and any rewrite before the head, which the chain alone cannot show.
/// </summary>
public sealed record AuditHead(long Count, string Hash, long? KeyedFrom, DateTime At, string Signature)
{
    public static AuditHead Sign(long count, string hash, long? keyedFrom, DateTime at, AuditKey key) =>
        new(count, hash, keyedFrom, at, Mac(count, hash, keyedFrom, at, key));

    /// <summary>True when <see cref="Signature"/> was made with <paramref name="key"/> over these very fields.</summary>
    public bool IsSignedBy(AuditKey key) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature), Encoding.ASCII.GetBytes(Mac(Count, Hash, KeyedFrom, At, key)));

    private static string Mac(long count, string hash, long? keyedFrom, DateTime at, AuditKey key) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(string.Join('\u001f',
            "dasan-audit-head-v1", count.ToString(CultureInfo.InvariantCulture), hash,
            keyedFrom?.ToString(CultureInfo.InvariantCulture) ?? "", AuditHash.Normalize(at).ToString("O", CultureInfo.InvariantCulture)))));
}
