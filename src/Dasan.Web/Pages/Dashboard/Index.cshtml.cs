using System.Globalization;
using Dasan.Core.Dashboards;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Dashboards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Dashboard;

/// <summary>The city at a glance: volumes, the district map, backlog, time to answer and the triage's record.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DashboardModel(DashboardReader reader, DasanDbContext db, Core.Radar.IRadarTopIssues radar) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    [BindProperty(SupportsGet = true)] public long? Department { get; set; }
    [BindProperty(SupportsGet = true)] public string? District { get; set; }
    [BindProperty(SupportsGet = true)] public string? By { get; set; }

    public DashboardFilter Filter { get; private set; } = null!;
    public DashboardDimension Dimension { get; private set; }
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool CityWide { get; private set; }
    public bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
    public IReadOnlyList<(long Id, string Name)> Departments { get; private set; } = [];
    public IReadOnlyList<CountRow> Breakdown { get; private set; } = [];
    public IReadOnlyList<SeriesPoint> Series { get; private set; } = [];
    public IReadOnlyList<CountRow> ByDistrict { get; private set; } = [];
    public IReadOnlyList<BacklogRow> Backlog { get; private set; } = [];
    public IReadOnlyList<TimingRow> Timing { get; private set; } = [];
    public IReadOnlyList<TriageRateRow> Triage { get; private set; } = [];

    /// <summary>The radar's top issues of the last seven days (city-wide: the radar watches the whole city).</summary>
    public IReadOnlyList<Core.Radar.DetectedIssue> RadarIssues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        CityWide = actor.Role is Core.Staff.StaffRole.Admin or Core.Staff.StaffRole.Supervisor;
        var query = new DashboardQuery { From = From, To = To, Domain = Domain, Department = Department, District = District, By = By };
        try
        {
            Dimension = query.Dimension;
            Filter = reader.Filter(actor, query);
        }
        catch (RequestValidationException e)
        {
            Errors = e.Errors;
            Filter = reader.Filter(actor, new DashboardQuery());
        }

        Departments = (await db.Departments.AsNoTracking().Where(d => d.Active && (CityWide || d.Id == actor.DepartmentId))
            .Select(d => new { d.Id, d.Name, d.NameEn }).ToListAsync(ct))
            .Select(d => (d.Id, English ? d.NameEn ?? d.Name : d.Name)).OrderBy(d => d.Item2, StringComparer.Ordinal).ToList();
        Breakdown = await reader.BreakdownAsync(Filter, Dimension, ct);
        Series = await reader.SeriesAsync(Filter, Dimension, ct);
        ByDistrict = Dimension == DashboardDimension.District ? Breakdown : await reader.BreakdownAsync(Filter, DashboardDimension.District, ct);
        Backlog = await reader.BacklogAsync(Filter, ct);
        RadarIssues = await radar.TopAsync(5, 7, ct);
        Timing = await reader.TimingAsync(Filter, ct);
        Triage = await reader.TriageAsync(Filter, ct);
    }

    public string Label(CountRow row) => English ? row.LabelEn : row.Label;

    public string Day(DateTime utc) =>
        DateOnly.FromDateTime(utc.AddHours(DashboardFilter.SeoulOffsetHours)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Duration(double? hours) => hours switch
    {
        null => "—",
        < 48 => English ? $"{hours:F1} h" : $"{hours:F1}시간",
        _ => English ? $"{hours / 24:F1} days" : $"{hours / 24:F1}일",
    };

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>The CSV export of a table with the filters applied on this page.</summary>
    public string CsvLink(string table, DashboardDimension? by = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["from"] = Day(Filter.From), ["to"] = Day(Filter.To.AddDays(-1)), ["domain"] = Filter.Domain, ["district"] = Filter.District,
            ["department"] = CityWide ? Filter.DepartmentId?.ToString(CultureInfo.InvariantCulture) : null,
            ["by"] = (by ?? Dimension).ToString().ToLowerInvariant(),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/api/v1/dashboard/{table}.csv", query.Where(q => q.Value is not null));
    }
}
