using Dasan.Core.Dashboards.Rollup;

namespace Dasan.Web.Dashboards;

/// <summary>Every <see cref="DashboardOptions.RollupRefreshSeconds"/>: recounts the roll-up's changed days and months. Failures are logged, never fatal.</summary>
public sealed class RollupBackgroundService(IServiceScopeFactory scopes, DashboardOptions options, TimeProvider clock, ILogger<RollupBackgroundService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.RollupRefreshSeconds), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RollupRefresher>().RefreshAllAsync(null, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Refreshing the dashboard roll-up failed; the dashboards refresh it themselves, and this runs again in {Seconds} s.", options.RollupRefreshSeconds);
            }
        }
    }
}
