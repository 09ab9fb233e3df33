namespace Dasan.Core.Requests;

/// <summary>One entry of a request's history, shown to staff and (in part) to the citizen.</summary>
public sealed class RequestEvent
{
    public long Id { get; set; }
    public long RequestId { get; set; }
    public DateTime At { get; set; }

    /// <summary>Machine name of what happened: received, assigned, accepted, transferred, answered, closed, ...</summary>
    public required string Kind { get; set; }

    /// <summary>Display name of who did it (staff login, "citizen", "system", "ai").</summary>
    public required string Actor { get; set; }

    public RequestStatus? FromStatus { get; set; }
    public RequestStatus ToStatus { get; set; }
    public long? DepartmentId { get; set; }
    public string? Note { get; set; }

    /// <summary>Whether the citizen's status page shows this event.</summary>
    public bool Public { get; set; } = true;
}
