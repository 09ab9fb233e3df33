using Dasan.Cli.Commands;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Tests;

[Collection("console")]
public class ApiKeyCommandsTests
{
    [Fact]
    public async Task Revoke_WhenGivenAListedPrefix_RevokesThatKeyOnlyAndAuditsIt()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-apikey-").FullName;
        var data = SeededData.Into(dir);
        try
        {
            var (code, created) = await CliCapture.RunAsync("apikey", "create", "--name", "민원 연계 시스템", "--data", data);
            Assert.Equal(0, code);
            var secret = created.Trim();
            var prefix = secret[..8];
            Assert.Equal(0, (await CliCapture.RunAsync("apikey", "create", "--name", "다른 연계", "--data", data)).Code);

            var listed = (await CliCapture.RunAsync("apikey", "list", "--data", data)).Output;
            Assert.Contains(prefix, listed, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, listed, StringComparison.Ordinal); // the secret is never shown again

            Assert.Equal(0, (await CliCapture.RunAsync("apikey", "revoke", prefix, "--data", data)).Code);
            Assert.NotEqual(0, (await CliCapture.RunAsync("apikey", "revoke", "dsn_none", "--data", data)).Code);

            await using var services = await CliHost.OpenAsync(data, CancellationToken.None);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var keys = await db.ApiKeys.AsNoTracking().Where(k => k.Name == "민원 연계 시스템" || k.Name == "다른 연계").ToListAsync();
            Assert.NotNull(keys.Single(k => k.Prefix == prefix).RevokedAt);
            Assert.Null(keys.Single(k => k.Prefix != prefix).RevokedAt);
            Assert.Equal(SecretHasher.Hash(secret), keys.Single(k => k.Prefix == prefix).KeyHash);
            Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "apikey.revoked" && a.EntityId == prefix));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }
}
