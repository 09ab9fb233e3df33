using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dasan.Core.Jobs;

/// <summary>
/// Runs a job once across nodes (issue 16, ADR 0320): take the job's lock without waiting, read its row, run only when
/// due (or asked for), and record the start before the work and the outcome after it. A row left "running" while its
/// lock is free belongs to a node that died mid-job: the job is counted as abandoned and run again.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IJobLock locks, JobNode node, TimeProvider clock, ILogger<JobRunner> log)
{
    private const int ErrorMax = 2000;

    public async Task<JobRunOutcome> RunIfDueAsync(JobDefinition job, bool force, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var held = await locks.TryAcquireAsync(job.Name, ct);
        if (held is null)
        {
            return JobRunOutcome.Busy;
        }

        await using (held)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
            var row = await StartAsync(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), job, force, ct);
            if (row is null)
            {
                return JobRunOutcome.NotDue;
            }

            using var running = CancellationTokenSource.CreateLinkedTokenSource(ct, held.Lost);
            try
            {
                await using var work = scopes.CreateAsyncScope();
                await job.Work(work.ServiceProvider, running.Token);
            }
            catch (OperationCanceledException) when (held.Lost.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                // The lock's connection dropped: another node may already run the job, so this one stops and leaves the row
                // to it (or to the next tick, which sees it abandoned).
                log.LogWarning("Job {Job} lost its lock on {Node} while running; stopped it.", job.Name, node.Name);
                return JobRunOutcome.Failed;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The node is stopping: hand the job back at once rather than leaving it to look abandoned.
                row.State = JobStates.Idle;
                row.NextDueAt = clock.GetUtcNow().UtcDateTime;
                row.LastError = "노드가 멈추면서 작업이 중단되었습니다.";
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }
            catch (Exception e)
            {
                await FinishAsync(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), job, row, e);
                return JobRunOutcome.Failed;
            }

            await FinishAsync(db, scope.ServiceProvider.GetRequiredService<AuditTrail>(), job, row, null);
            return JobRunOutcome.Succeeded;
        }
    }

    /// <summary>Asks for a run at the next tick of any node (audited).</summary>
    public static async Task RequestAsync(DasanDbContext db, AuditTrail audit, Actor actor, string job, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        audit.Record(actor, "job.run_requested", "job", job);
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.Jobs.FirstOrDefaultAsync(j => j.Name == job, ct);
            if (row is null)
            {
                db.Jobs.Add(row = new JobRecord { Name = job, NextDueAt = clock.GetUtcNow().UtcDateTime });
            }

            row.RunRequested = true;
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // A node inserted the job's first row meanwhile: flag that row instead (the audit event is still queued).
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<JobRecord?> StartAsync(DasanDbContext db, AuditTrail audit, JobDefinition job, bool force, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Jobs.FirstOrDefaultAsync(j => j.Name == job.Name, ct);
        if (row is null)
        {
            // The job's first run anywhere. An admin's "run now" may insert the same row at this moment: then skip this
            // tick, and the next one finds the row (and its request).
            db.Jobs.Add(row = new JobRecord { Name = job.Name, NextDueAt = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return null;
            }
        }

        var abandoned = row.State == JobStates.Running;
        if (!force && !row.RunRequested && !abandoned && row.NextDueAt > now)
        {
            return null;
        }

        if (abandoned)
        {
            row.Abandoned++;
            log.LogWarning("Job {Job} was left running by {Node}, which no longer holds its lock; running it again on {This}.", job.Name, row.Node, node.Name);
            audit.Record(Actor.System, "job.recovered", "job", job.Name, new { row.Node, row.LastStartedAt }, new { Node = node.Name });
        }

        (row.State, row.Node, row.LastStartedAt, row.RunRequested) = (JobStates.Running, node.Name, now, false);
        row.Attempts++;
        await db.SaveChangesAsync(ct);
        return row;
    }

    private async Task FinishAsync(DasanDbContext db, AuditTrail audit, JobDefinition job, JobRecord row, Exception? error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        row.LastFinishedAt = now;
        if (error is null)
        {
            (row.State, row.Failures, row.LastError, row.LastSucceededAt) = (JobStates.Idle, 0, null, now);
            row.NextDueAt = now + job.Period;
        }
        else
        {
            var message = $"{error.GetType().Name}: {error.Message}";
            (row.State, row.LastError) = (JobStates.Failed, message.Length > ErrorMax ? message[..ErrorMax] : message);
            row.Failures++;
            row.NextDueAt = now + (job.RetryAfter < job.Period ? job.RetryAfter : job.Period);
            log.LogError(error, "Job {Job} failed ({Failures} in a row); it runs again at {Next:o}.", job.Name, row.Failures, row.NextDueAt);
            audit.Record(Actor.System, "job.failed", "job", job.Name, null, new { row.Failures, Error = row.LastError, Node = node.Name });
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < 3 && e is DbUpdateException or TimeoutException or System.Data.Common.DbException)
            {
                // A finished run left "running" would be run again as abandoned: retry the record briefly.
                await Task.Delay(TimeSpan.FromSeconds(attempt), CancellationToken.None);
            }
        }
    }
}
