using System.Text.Json.Nodes;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Programme.Risk;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// Builds the leadership report from the approved portfolio. Training figures come only through
/// <see cref="IStaffTrainingSummary"/>; when none is registered the report says training data is not available.
/// </summary>
public sealed class ProgrammeReportBuilder(DasanDbContext db, UseCaseKpis kpis, IEnumerable<IStaffTrainingSummary> training, TimeProvider clock)
{
    public async Task<ProgrammeReport> BuildAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var q = RiskQuestionnaire.Shipped();
        var cases = await db.UseCases.AsNoTracking().Where(u => u.Status == PlanStatus.Approved).OrderBy(u => u.Code).ToListAsync(ct);
        var lines = new List<KpiLine>();
        var rows = new List<(UseCase U, JsonObject Doc, IReadOnlyList<KpiLine> Kpis)>();
        foreach (var u in cases)
        {
            var doc = UseCaseDocument.Parse(u);
            var k = u.Stage is "pilot" or "deployed" ? await kpis.LinesAsync(u, doc, ct) : [];
            lines.AddRange(k);
            rows.Add((u, doc, k));
        }

        var source = training.FirstOrDefault();
        var figures = source is null ? null : (await source.SummariseAsync(now, ct)).ToDictionary(f => f.Bureau);
        var bureaus = rows.Select(r => r.U.Bureau).Concat(figures?.Keys.AsEnumerable() ?? []).Distinct().Order(StringComparer.Ordinal)
            .Select(b => Line(b, rows.Where(r => r.U.Bureau == b).ToList(), q, now, figures?.GetValueOrDefault(b))).ToList();
        var totals = Line("서울시 전체", rows, q, now, figures is null ? null : Sum(figures.Values));
        return new ProgrammeReport(now, bureaus, totals, lines, figures is not null, Targets(totals.Training));
    }

    private static BureauReport Line(string bureau, List<(UseCase U, JsonObject Doc, IReadOnlyList<KpiLine> Kpis)> rows, RiskQuestionnaire q, DateTime now, BureauTrainingFigures? t)
    {
        var high = rows.Where(r => r.U.Stage == "deployed" && r.U.Tier is "III" or "IV").Select(r =>
        {
            var required = q.TierOf(r.U.Tier!).Obligations.Select(o => o.Id).ToList();
            var met = UseCaseValidator.Strings(r.Doc["obligations_met"]).Intersect(required).Count();
            return (Required: required.Count, Met: met);
        }).ToList();
        var measured = rows.SelectMany(r => r.Kpis).Where(k => k.OnTarget is not null).ToList();
        return new BureauReport(bureau)
        {
            UseCases = rows.Count,
            ByStage = FieldRules.Shipped().StageOrder.ToDictionary(s => s, s => rows.Count(r => r.U.Stage == s)),
            ByTier = RiskQuestionnaire.TierOrder.Append(Core.Programme.Risk.RiskResult.ProhibitedTier).Append("unassessed").ToDictionary(x => x, x => rows.Count(r => (r.U.Tier ?? "unassessed") == x)),
            Deployed = rows.Count(r => r.U.Stage == "deployed"),
            HighTierDeployed = high.Count,
            HighTierAllMet = high.Count(h => h.Met == h.Required),
            ObligationsRequired = high.Sum(h => h.Required),
            ObligationsMet = high.Sum(h => h.Met),
            OverdueReviews = rows.Count(r => r.U.Stage != "retired" && r.U.ReviewBy is { } d && d < now),
            KpisMeasured = measured.Count,
            KpisOnTarget = measured.Count(k => k.OnTarget == true),
            Training = t,
        };
    }

    private static BureauTrainingFigures Sum(IEnumerable<BureauTrainingFigures> all)
    {
        var list = all.ToList();
        var levels = list.SelectMany(f => f.CertificatesByLevel).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        return new BureauTrainingFigures("서울시 전체", list.Sum(f => f.Staff), list.Sum(f => f.L0Completed), levels,
            list.Sum(f => f.OperatorsRequired), list.Sum(f => f.OperatorsCompliant));
    }

    private static List<LevelTarget> Targets(BureauTrainingFigures? total)
    {
        var levels = JsonNode.Parse(ShippedContent.ReadText("programme/curriculum.json"))!["levels"]!.AsArray().OfType<JsonObject>();
        return levels.Select(l =>
        {
            var target = l["yearly_target"]!.AsObject();
            var code = (string)l["code"]!;
            int? count = target["count"] is { } c ? (int)c : target["share"] is { } s && total is not null && code is "L0" or "L1" ? (int)Math.Ceiling((double)s * total.Staff) : null;
            return new LevelTarget(code, (string)l["name_ko"]!, (string?)target["text_ko"] ?? "", count, total?.CertificatesByLevel.GetValueOrDefault(code) ?? 0);
        }).ToList();
    }
}
