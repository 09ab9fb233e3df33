using Dasan.Core.Jobs;

namespace Dasan.Web.Jobs;

/// <summary>
/// On every node, one loop per job that asks <see cref="JobRunner"/> every <c>Dasan:Jobs:TickSeconds</c> (default 5)
/// whether the job is due; the job's lock and row make sure only one node runs it. Failures are recorded, never fatal.
/// </summary>
public sealed class JobsBackgroundService(IReadOnlyList<JobDefinition> jobs, JobRunner runner, IConfiguration configuration, TimeProvider clock,
    ILogger<JobsBackgroundService> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(jobs.Select(j => LoopAsync(j, stoppingToken)));

    private async Task LoopAsync(JobDefinition job, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Dasan:Jobs:TickSeconds", 5))), clock);
        do
        {
            try
            {
                await runner.RunIfDueAsync(job, force: false, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                // The job's own failures are recorded by the runner; this is the database or the lock being unreachable.
                log.LogError(e, "Could not check job {Job}; trying again at the next tick.", job.Name);
            }
        }
        while (await timer.WaitForNextTickAsync(ct));
    }
}
