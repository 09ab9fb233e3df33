namespace Dasan.Core.Requests;

/// <summary>The stored request, the secret of its status link, and whether this was a replay of an earlier POST.</summary>
public sealed record SubmissionResult(CitizenRequest Request, string StatusSecret, bool Replayed)
{
    /// <summary>The name of the department whose queue the request is in.</summary>
    public string? DepartmentName { get; init; }
}
