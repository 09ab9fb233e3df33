using System.Security.Cryptography;
using System.Text;

namespace Dasan.Core.Requests;

/// <summary>
/// The secret of a citizen's status link is an HMAC of the tracking number under the installation key,
/// so nothing secret is stored per request and a retried submission yields the same link.
/// </summary>
public sealed class StatusLinkSigner(byte[] key)
{
    public string Secret(string trackingNumber)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(trackingNumber));
        return Convert.ToBase64String(mac, 0, 18).Replace('+', '-').Replace('/', '_');
    }

    public bool Verify(string trackingNumber, string? secret) =>
        secret is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Secret(trackingNumber)), Encoding.ASCII.GetBytes(secret));
}
