namespace Dasan.Core.Triage;

/// <summary>An in-app notification to a department (e.g. the duty desk for a critical request).</summary>
public sealed class Notification
{
    public long Id { get; set; }
    public long DepartmentId { get; set; }
    public long? RequestId { get; set; }
    public Requests.CitizenRequest? Request { get; set; }
    public required string Kind { get; set; }
    public required string Message { get; set; }
    public DateTime At { get; set; }
    public DateTime? ReadAt { get; set; }
}
