using Dasan.Core.Requests;

namespace Dasan.Web.Api;

/// <summary>Query-string filters of GET /api/v1/requests.</summary>
public sealed record QueueQuery(string? Status, string? Type, bool? Overdue, long? DepartmentId, string? Q, string? Sort, int? Page, int? PageSize)
{
    public QueueFilter ToFilter() => new()
    {
        Status = Status ?? "open", Type = Type, OverdueOnly = Overdue ?? false, DepartmentId = DepartmentId, Search = Q,
        Sort = Sort ?? "due", Page = Page ?? 1, PageSize = PageSize ?? 50,
    };
}
