namespace Dasan.Core.Jobs;

/// <summary>What <see cref="JobRunner.RunIfDueAsync"/> did.</summary>
public enum JobRunOutcome
{
    /// <summary>Another process holds the job's lock.</summary>
    Busy,

    /// <summary>Not due yet.</summary>
    NotDue,

    Succeeded,
    Failed,
}
