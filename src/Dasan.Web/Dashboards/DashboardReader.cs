using Dasan.Core.Access;
using Dasan.Core.Dashboards;

namespace Dasan.Web.Dashboards;

/// <summary>The dashboard for one actor: scopes the filter to what they may see, then runs each section's query.</summary>
public sealed class DashboardReader(VolumeQueries volume, BacklogQueries backlog, TimingQueries timing, TriageRateQueries triage, TimeProvider clock)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DashboardFilter Filter(Actor actor, DashboardQuery query) =>
        DashboardAccess.Scope(actor, DashboardFilterParser.Parse(query.From, query.To, query.Domain, query.Department, query.District, UtcNow));

    public Task<IReadOnlyList<CountRow>> BreakdownAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct) => volume.BreakdownAsync(f, by, ct);

    public Task<IReadOnlyList<SeriesPoint>> SeriesAsync(DashboardFilter f, DashboardDimension by, CancellationToken ct) => volume.OverTimeAsync(f, by, ct);

    public Task<IReadOnlyList<BacklogRow>> BacklogAsync(DashboardFilter f, CancellationToken ct) => backlog.BacklogAsync(f, UtcNow, ct);

    public Task<IReadOnlyList<TimingRow>> TimingAsync(DashboardFilter f, CancellationToken ct) => timing.TimingAsync(f, ct);

    public Task<IReadOnlyList<TriageRateRow>> TriageAsync(DashboardFilter f, CancellationToken ct) => triage.RatesAsync(f, ct);
}
