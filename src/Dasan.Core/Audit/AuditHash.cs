using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dasan.Core.Audit;

/// <summary>Computes the chain hash of an audit event from its fields and its predecessor's hash.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Databases keep microseconds; hash what survives the round trip.</summary>
    public static DateTime Normalize(DateTime at) =>
        new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    public static string Compute(AuditEvent e)
    {
        var text = string.Join('\u001f',
            e.Id.ToString(CultureInfo.InvariantCulture),
            Normalize(e.At).ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            e.ActorKind.ToString(),
            e.Actor,
            e.Action,
            e.EntityType,
            e.EntityId ?? "",
            e.Before ?? "",
            e.After ?? "",
            e.PrevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
