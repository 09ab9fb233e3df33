using Dasan.Ai.Assistant;
using Dasan.Core.Data;

namespace Dasan.Web.Jobs;

/// <summary>
/// On every node (not a once-across-nodes job): every <c>Dasan:Jobs:FollowSeconds</c> (default 2) applies the
/// database's change log to this node's knowledge index, so a document stored or deleted through another node is
/// found, or no longer found, here within seconds even when nobody asks (issue 16).
/// </summary>
public sealed class IndexFollowerService(IServiceScopeFactory scopes, KnowledgeBase knowledge, IConfiguration configuration, TimeProvider clock,
    ILogger<IndexFollowerService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Dasan:Jobs:FollowSeconds", 2))), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await knowledge.SyncAsync(scope.ServiceProvider.GetRequiredService<DasanDbContext>(), force: true, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Could not apply the change log to the knowledge index; trying again at the next tick.");
            }
        }
    }
}
