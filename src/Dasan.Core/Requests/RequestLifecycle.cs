using System.Linq.Expressions;

namespace Dasan.Core.Requests;

/// <summary>The rules of the request lifecycle: which status may follow which.</summary>
public static class RequestLifecycle
{
    private static readonly Dictionary<RequestStatus, RequestStatus[]> Allowed = new()
    {
        [RequestStatus.Received] = [RequestStatus.Assigned, RequestStatus.Transferred, RequestStatus.Duplicate, RequestStatus.Rejected],
        [RequestStatus.Assigned] = [RequestStatus.InProgress, RequestStatus.Transferred, RequestStatus.Duplicate, RequestStatus.Rejected, RequestStatus.Answered],
        [RequestStatus.Transferred] = [RequestStatus.InProgress, RequestStatus.Transferred, RequestStatus.Duplicate, RequestStatus.Rejected, RequestStatus.Answered],
        [RequestStatus.InProgress] = [RequestStatus.Answered, RequestStatus.Transferred, RequestStatus.Duplicate, RequestStatus.Rejected],
        [RequestStatus.Answered] = [RequestStatus.Closed, RequestStatus.InProgress],
        [RequestStatus.Closed] = [],
        [RequestStatus.Duplicate] = [RequestStatus.Closed],
        [RequestStatus.Rejected] = [RequestStatus.Closed],
    };

    public static bool CanMove(RequestStatus from, RequestStatus to) => Allowed[from].Contains(to);

    /// <summary>Throws <see cref="RequestRuleException"/> when the move is not allowed.</summary>
    public static void EnsureCanMove(RequestStatus from, RequestStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new RequestRuleException(
                $"A request that is '{StatusNames.Code(from)}' cannot become '{StatusNames.Code(to)}'.");
        }
    }

    /// <summary><see cref="IsOpen"/> as a query predicate the database can run.</summary>
    public static readonly Expression<Func<CitizenRequest, bool>> OpenRequest = r => r.Status == RequestStatus.Received
        || r.Status == RequestStatus.Assigned || r.Status == RequestStatus.Transferred || r.Status == RequestStatus.InProgress;

    /// <summary>Open requests count toward backlogs and deadlines.</summary>
    public static bool IsOpen(RequestStatus status) => status is RequestStatus.Received or RequestStatus.Assigned
        or RequestStatus.Transferred or RequestStatus.InProgress;
}
