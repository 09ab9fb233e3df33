using System.Globalization;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards;

/// <summary>Korean and English display names of breakdown keys (domain codes, department ids, districts).</summary>
public sealed class DashboardLabels(DasanDbContext db)
{
    public const string Unset = "미지정";
    public const string UnsetEn = "Not set";

    public async Task<LabelSet> ForAsync(DashboardDimension by, CancellationToken ct) => by switch
    {
        DashboardDimension.Domain => new LabelSet(Domains.Korean.ToDictionary(d => d.Key, d => (d.Value, Domains.English[d.Key]))),
        DashboardDimension.District => new LabelSet(DistrictBoundaries.Shipped.Shapes.ToDictionary(s => s.Name, s => (s.Name, s.NameEn))),
        _ => new LabelSet(await DepartmentsAsync(ct)),
    };

    public async Task<Dictionary<string, (string, string)>> DepartmentsAsync(CancellationToken ct) =>
        (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.NameEn }).ToListAsync(ct))
            .ToDictionary(d => d.Id.ToString(CultureInfo.InvariantCulture), d => (d.Name, d.NameEn ?? d.Name));
}
