using Dasan.Core.Requests;

namespace Dasan.Web.Jobs;

/// <summary>
/// On every node (ADR 0328): stores and triages the requests acknowledged before triage, as soon as this node journals
/// one and otherwise every <c>Dasan:Intake:JournalPollSeconds</c> (default 1) for those other nodes journaled or left
/// behind. Nodes share the work through the journal's leases. Switched off with <c>Dasan:Intake:JournalWorker=false</c>
/// (then another node's worker, the <c>intake-journal</c> job or <c>dasan jobs run intake-journal</c> drains the journal).
/// The wake-up semaphore is never disposed: the journal may still signal it while the host stops.
/// </summary>
public sealed class IntakeJournalWorker(IntakeJournal journal, IntakeJournalDrain drain, IConfiguration configuration, ILogger<IntakeJournalWorker> log)
    : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Dasan:Intake:JournalPollSeconds", 1)));
        journal.Appended += Wake;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await drain.DrainAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogWarning(e, "Could not drain the intake journal; trying again at the next poll.");
                }

                await wake.WaitAsync(poll, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: leased entries go back to the journal when their lease runs out
        }
        finally
        {
            journal.Appended -= Wake;
        }
    }

    private void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already woken
        }
    }
}
