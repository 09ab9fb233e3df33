using System.Globalization;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Radar;

/// <summary>
/// Brings citizens' requests from every channel into the radar as they arrive: everything after the last request
/// collected (a watermark in settings), with the domain and department triage already gave them.
/// </summary>
public sealed class RadarRequestCollector(DasanDbContext db, RadarIngestor ingestor)
{
    public const string Source = "requests";
    private const string Watermark = "radar.requests.last-id";
    private const int Batch = 500;

    public async Task<int> CollectAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == Watermark, ct);
            var last = setting is null ? 0 : long.Parse(setting.Value, CultureInfo.InvariantCulture);
            var batch = await db.Requests.AsNoTracking().Where(r => r.Id > last).OrderBy(r => r.Id).Take(Batch)
                .Select(r => new { r.Id, r.Title, r.MaskedBody, r.ReceivedAt, r.Domain, Department = r.Department == null ? null : r.Department.Code })
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            var items = batch.Select(r => new IncomingItem(Source, RadarSourceKind.Request, r.Id.ToString(CultureInfo.InvariantCulture), r.ReceivedAt, r.Title, r.MaskedBody)
            {
                KnownDomain = r.Domain,
                KnownDepartments = r.Department is null ? null : [r.Department],
            }).ToList();
            total += (await ingestor.IngestAsync(items, ct)).Added;
            var value = batch[^1].Id.ToString(CultureInfo.InvariantCulture);
            if (await db.Settings.SingleOrDefaultAsync(s => s.Key == Watermark, ct) is { } existing)
            {
                existing.Value = value;
            }
            else
            {
                db.Settings.Add(new Setting { Key = Watermark, Value = value });
            }

            await db.SaveChangesAsync(ct);
        }
    }
}
