namespace Dasan.Web.Radar;

/// <summary>Checks every minute whether morning briefings are due (<see cref="BriefingScheduler"/>); after a failure waits 15 minutes.</summary>
public sealed class BriefingScheduleService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BriefingScheduleService> log) : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        var next = DateTimeOffset.MinValue;
        do
        {
            if (clock.GetUtcNow() < next)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<BriefingScheduler>().SendDueAsync(stoppingToken);
                if (sent > 0)
                {
                    log.LogInformation("{Count} scheduled briefings e-mailed.", sent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                next = clock.GetUtcNow() + RetryAfter;
                log.LogError(e, "Scheduled briefings could not be sent; trying again in {Minutes} min.", RetryAfter.TotalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
