namespace Dasan.Core.Requests;

/// <summary>What the audit log keeps of a request before and after a change: no personal data.</summary>
public sealed record RequestSnapshot(string Status, long? DepartmentId, string? Department, DateTime DueAt, string Type, int? AnswerLength)
{
    public static RequestSnapshot Of(CitizenRequest r) => new(
        StatusNames.Code(r.Status), r.DepartmentId, r.Department?.Name, r.DueAt, StatusNames.Code(r.Type), r.Answer?.Length);
}
