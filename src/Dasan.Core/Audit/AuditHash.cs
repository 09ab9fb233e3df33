using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dasan.Core.Audit;

/// <summary>
/// Computes the chain hash of an audit event from its fields and its predecessor's hash: HMAC-SHA256 under the
/// installation's <see cref="AuditKey"/> for events written since the key exists, plain SHA-256 for older ones.
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The setting naming the first event hashed with the key (events before it are plain SHA-256).</summary>
    public const string KeyedFromSetting = "audit.keyed_from";

    /// <summary>Databases keep microseconds; hash what survives the round trip.</summary>
    public static DateTime Normalize(DateTime at) =>
        new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Plain SHA-256 (events written before the installation had a key).</summary>
    public static string Compute(AuditEvent e) => Convert.ToHexStringLower(SHA256.HashData(Text(e)));

    /// <summary>HMAC-SHA256 under <paramref name="key"/>, or plain SHA-256 when there is none.</summary>
    public static string Compute(AuditEvent e, byte[]? key) =>
        key is null ? Compute(e) : Convert.ToHexStringLower(HMACSHA256.HashData(key, Text(e)));

    private static byte[] Text(AuditEvent e) => Encoding.UTF8.GetBytes(string.Join('\u001f',
        e.Id.ToString(CultureInfo.InvariantCulture),
        Normalize(e.At).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        e.ActorKind.ToString(),
        e.Actor,
        e.Action,
        e.EntityType,
        e.EntityId ?? "",
        e.Before ?? "",
        e.After ?? "",
        e.PrevHash));
}
