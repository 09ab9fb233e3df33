using System.Collections.Concurrent;
using Dasan.Web.Tests.Infrastructure;

namespace Dasan.Web.Tests.Dashboards;

/// <summary>
/// A seeded server per provider that only the dashboard read tests use: nobody writes to it while they compare
/// the dashboard's counts with the database.
/// </summary>
public static class DashboardHost
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<DasanHost>>> Hosts = new();

    public static async Task<DasanHost> ForAsync(string provider)
    {
        await DasanHost.SharedAsync(provider); // skips when PostgreSQL is not reachable
        return await Hosts.GetOrAdd(provider, p => new Lazy<Task<DasanHost>>(() => DasanHost.StartForTheRunAsync(p))).Value;
    }
}
