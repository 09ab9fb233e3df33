using Dasan.Ai.Radar;
using Dasan.Core.Radar;

namespace Dasan.Web.Radar;

/// <summary>Every <see cref="RadarOptions.CollectMinutes"/>: new requests into the radar, then the feeds that are due. Failures are logged, never fatal.</summary>
public sealed class RadarBackgroundService(IServiceScopeFactory scopes, FeedPoller poller, RadarOptions options, TimeProvider clock, ILogger<RadarBackgroundService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.CollectMinutes)), clock);
        do
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<RadarRequestCollector>().CollectAsync(stoppingToken);
                }

                await poller.PollDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "The radar's collection run failed; it runs again in {Minutes} min.", options.CollectMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
