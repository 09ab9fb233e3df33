using System.Data.Common;
using Dasan.Core.Data;
using Dasan.Core.Staff;
using Dasan.Storage.Sqlite;
using Dasan.Web.Auth;
using Dasan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dasan.Web.Tests.Auth;

/// <summary>
/// A burst of requests with a key the node has not cached shares one lookup: each opening its own connection ran
/// PostgreSQL out of connections ("too many clients") when two nodes took eighty intakes at once.
/// </summary>
public sealed class ApiKeyCacheTests
{
    [Fact]
    public async Task Authenticate_WhenManyRequestsMissAtOnce_LooksTheKeyUpOnceAndAuthenticatesEveryOne()
    {
        var host = await DasanHost.SharedAsync("sqlite");
        var key = await host.CreateApiKeyAsync(StaffRole.Integration);
        var lookups = new HeldLookups();
        var options = new DbContextOptionsBuilder<SqliteDasanDbContext>()
            .UseSqlite($"Data Source={Path.Combine(host.DataDirectory, "dasan.db")}").AddInterceptors(lookups).Options;
        var cache = new ApiKeyCache(new ReferenceCache(TimeProvider.System), TimeProvider.System);

        // Every caller is under way before the first lookup may finish (or, were each to look up, until all twenty had).
        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await using var db = new SqliteDasanDbContext(options);
            return await cache.AuthenticateAsync(db, key, CancellationToken.None);
        })).ToList();
        await lookups.ReleaseWhenAsync(20, TimeSpan.FromSeconds(2));
        var principals = await Task.WhenAll(callers);

        Assert.Equal(1, lookups.Count);
        Assert.All(principals, p => Assert.True(p?.Identity?.IsAuthenticated));
        await using var again = new SqliteDasanDbContext(options);
        Assert.Null(await cache.AuthenticateAsync(again, key + "x", CancellationToken.None));
        Assert.Equal(2, lookups.Count); // an unknown key is checked too, and found wanting
    }

    /// <summary>Counts key lookups and holds each until released.</summary>
    private sealed class HeldLookups : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task ReleaseWhenAsync(int count, TimeSpan atMost)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Count < count && waited.Elapsed < atMost)
            {
                await Task.Delay(20);
            }

            _release.TrySetResult();
        }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("api_keys", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
                await _release.Task;
            }

            return result;
        }
    }
}
