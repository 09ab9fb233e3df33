namespace Dasan.Core.Requests;

/// <summary>Where a request is in its lifecycle. Stored as lowercase text.</summary>
public enum RequestStatus
{
    Received,
    Assigned,
    InProgress,
    Answered,
    Closed,
    Transferred,
    Duplicate,
    Rejected,
}
