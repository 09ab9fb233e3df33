using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Dasan.Web.Hosting;

/// <summary>
/// Encrypts the data-protection key ring before it is stored in the database (issue 16): AES-256-GCM under a key
/// derived (HKDF) from the installation's status-link secret, which every node shares. Without it, anyone who can
/// read the <c>data_protection_keys</c> table could forge staff cookies. Keys stored before this (plain XML) still
/// load; new ones are encrypted.
/// </summary>
public sealed class KeyRingEncryption(byte[] installationKey) : IXmlEncryptor
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("dasan data-protection key ring v1");

    /// <summary>The AES key for the key ring.</summary>
    internal byte[] Key { get; } = HKDF.DeriveKey(HashAlgorithmName.SHA256, installationKey, 32, null, Purpose);

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var cipher = new byte[plain.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(Key, TagBytes))
        {
            aes.Encrypt(nonce, plain, cipher, tag);
        }

        var element = new XElement("encryptedKeyRing",
            new XAttribute("alg", "A256GCM"),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(cipher)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }

    /// <summary>Decrypts what <see cref="Encrypt"/> wrote; throws when the key differs or the element was altered.</summary>
    internal XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var nonce = Convert.FromBase64String((string?)encryptedElement.Element("nonce") ?? throw new CryptographicException("The encrypted key has no nonce."));
        var tag = Convert.FromBase64String((string?)encryptedElement.Element("tag") ?? throw new CryptographicException("The encrypted key has no tag."));
        var cipher = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? throw new CryptographicException("The encrypted key has no value."));
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(Key, TagBytes))
        {
            try
            {
                aes.Decrypt(nonce, cipher, tag, plain);
            }
            catch (AuthenticationTagMismatchException e)
            {
                // Almost always a node started without the shared secret (it made its own): say which setting, not just "tag mismatch".
                throw new CryptographicException(
                    "A data-protection key in the database was encrypted under another status-link secret, so this node cannot read it: "
                    + "give every node the same Dasan:StatusLinkKey (README, several nodes). Until then staff cookies and forms from other nodes fail here.", e);
            }
        }

        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
