namespace Dasan.Core.Jobs;

/// <summary>
/// One background job's state, shared by every node (issue 16): whether it is running and where, how often it ran
/// and failed, its last error and when it is next due. A node runs a job only while it holds the job's lock
/// (<see cref="IJobLock"/>) and only when the row says it is due, so a job runs once across the nodes.
/// </summary>
public sealed class JobRecord
{
    /// <summary>The job's code name (<c>briefings</c>, <c>radar-collect</c>, …).</summary>
    public required string Name { get; set; }

    /// <summary><see cref="JobStates"/>.</summary>
    public string State { get; set; } = JobStates.Idle;

    /// <summary>Runs started, in total.</summary>
    public long Attempts { get; set; }

    /// <summary>Failed runs in a row (0 after a success).</summary>
    public int Failures { get; set; }

    /// <summary>Runs that another node had started and never finished (the node died or lost its database link).</summary>
    public int Abandoned { get; set; }

    public DateTime? LastStartedAt { get; set; }
    public DateTime? LastFinishedAt { get; set; }
    public DateTime? LastSucceededAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The node that runs it now, or ran it last.</summary>
    public string? Node { get; set; }

    public DateTime NextDueAt { get; set; }

    /// <summary>Set by an operator (<c>dasan jobs run</c>, the admin page): run at the next tick whatever the schedule.</summary>
    public bool RunRequested { get; set; }
}
