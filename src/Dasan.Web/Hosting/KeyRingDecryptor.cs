using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Dasan.Web.Hosting;

/// <summary>The decrypting half of <see cref="KeyRingEncryption"/>; created by the data-protection system by type name.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) => services.GetRequiredService<KeyRingEncryption>().Decrypt(encryptedElement);
}
