namespace Dasan.Core.Dashboards;

/// <summary>
/// What a dashboard shows: requests received in [<see cref="From"/>, <see cref="To"/>) (UTC), optionally one
/// domain, one department and one 자치구. Built by <see cref="DashboardFilterParser"/>, which validates it.
/// </summary>
public sealed record DashboardFilter(DateTime From, DateTime To, string? Domain = null, long? DepartmentId = null, string? District = null)
{
    /// <summary>Seoul time (KST, UTC+9, no daylight saving): days and months are counted in it.</summary>
    public const int SeoulOffsetHours = 9;

    /// <summary>Periods up to this many days are shown per day, longer ones per month.</summary>
    public const int DailyUpToDays = 92;

    public bool Monthly => (To - From).TotalDays > DailyUpToDays;

    /// <summary>The same filter limited to one department (staff see only their own).</summary>
    public DashboardFilter ForDepartment(long departmentId) => this with { DepartmentId = departmentId };
}
