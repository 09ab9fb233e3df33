using System.Security.Cryptography;
using Dasan.Core.Audit;

namespace Dasan.Web.Audit;

/// <summary>
/// Loads the audit chain's key (issue 15): <c>Dasan:Audit:Key</c> (base64, at least 32 bytes) when configured —
/// the choice for several nodes, which must share it — otherwise <c>&lt;data&gt;/audit.key</c>, created once and
/// readable by the owner only. Keep it off the database server: whoever holds both can rewrite the chain.
/// </summary>
public static class AuditKeyFile
{
    public static AuditKey Load(IConfiguration configuration, string dataDirectory)
    {
        if (configuration["Dasan:Audit:Key"] is { Length: > 0 } configured)
        {
            return new AuditKey(Convert.FromBase64String(configured));
        }

        var path = Path.Combine(dataDirectory, "audit.key");
        if (File.Exists(path))
        {
            return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }

        Directory.CreateDirectory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new AuditKey(key);
    }
}
