using System.Security.Cryptography;
using System.Xml.Linq;
using Dasan.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Web.Tests.Auth;

/// <summary>
/// The key ring stored in the database reads back only under the same status-link secret, and a node started without
/// the shared one is told which setting to fix rather than "authentication tag mismatch".
/// </summary>
public sealed class KeyRingEncryptionTests
{
    private static readonly XElement Key = new("key", new XAttribute("id", "7e5b0c8a"), new XElement("secret", "보호할 키 자료"));

    [Fact]
    public void Decrypt_UnderTheSameSecret_GivesBackTheKey()
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var stored = new KeyRingEncryption(secret).Encrypt(Key);

        var read = Decryptor(secret).Decrypt(stored.EncryptedElement);

        Assert.Equal(Key.ToString(), read.ToString());
    }

    [Fact]
    public void Decrypt_OnANodeWithAnotherSecret_NamesTheSettingToShare()
    {
        var stored = new KeyRingEncryption(RandomNumberGenerator.GetBytes(32)).Encrypt(Key);

        var e = Assert.Throws<CryptographicException>(() => Decryptor(RandomNumberGenerator.GetBytes(32)).Decrypt(stored.EncryptedElement));

        Assert.Contains("Dasan:StatusLinkKey", e.Message, StringComparison.Ordinal);
        Assert.IsType<AuthenticationTagMismatchException>(e.InnerException);
    }

    private static KeyRingDecryptor Decryptor(byte[] secret) =>
        new(new ServiceCollection().AddSingleton(new KeyRingEncryption(secret)).BuildServiceProvider());
}
