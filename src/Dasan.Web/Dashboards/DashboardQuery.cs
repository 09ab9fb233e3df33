using Dasan.Core.Dashboards;
using Dasan.Core.Requests;

namespace Dasan.Web.Dashboards;

/// <summary>The dashboard filters as they arrive in the query string (Seoul dates yyyy-MM-dd, both included).</summary>
public sealed record DashboardQuery
{
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Domain { get; init; }
    public long? Department { get; init; }
    public string? District { get; init; }

    /// <summary>The breakdown: domain (default), department or district.</summary>
    public string? By { get; init; }

    public DashboardDimension Dimension => By?.Trim().ToLowerInvariant() switch
    {
        null or "" or "domain" => DashboardDimension.Domain,
        "department" => DashboardDimension.Department,
        "district" => DashboardDimension.District,
        _ => throw RequestValidationException.For("by", "domain, department, district 중 하나여야 합니다. (by: domain, department or district.)"),
    };
}
