using System.Security.Cryptography;

namespace Dasan.Web.Hosting;

/// <summary>
/// The secret that signs citizens' status links: <c>Dasan:StatusLinkKey</c> (base64) when configured,
/// otherwise a random key created once in the data directory (readable by the owner only).
/// </summary>
public static class InstallationKey
{
    public static byte[] Load(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["Dasan:StatusLinkKey"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Convert.FromBase64String(configured);
        }

        var path = Path.Combine(dataDirectory, "status-link.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
