using System.Globalization;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>
/// Pilots of accepted proposals: started with agreement terms (the AI portfolio gets the use case in the same
/// transaction), KPI measurements, gate reviews, and the end with a certificate number and a procurement recommendation.
/// </summary>
public sealed class PilotService(DasanDbContext db, AuditTrail audit, PortfolioService portfolio, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> GateResults = ["pass", "conditional", "stop"];

    public async Task<Pilot> StartAsync(ChallengeAccess access, Challenge c, Proposal p, PilotTerms terms, CancellationToken ct)
    {
        access.DemandOwner(c);
        if (p.ChallengeId != c.Id || p.Outcome != ProposalOutcome.Accepted)
        {
            throw new RequestRuleException("선정된 제안서만 실증을 시작할 수 있습니다. (Only an accepted proposal becomes a pilot.)");
        }

        var details = ChallengeDetails.Parse(c.DetailsJson);
        var e = new Dictionary<string, string[]>();
        if (details.Data.Any(d => d.PersonalData) && string.IsNullOrWhiteSpace(terms.PiaReference))
        {
            e["piaReference"] = ["개인정보가 든 데이터를 쓰는 실증은 개인정보 영향평가 번호를 적어야 합니다. (A PIA reference is required.)"];
        }

        if (string.IsNullOrWhiteSpace(terms.DataAccess) || terms.DataAccess.Length > 1000)
        {
            e["dataAccess"] = ["데이터 이용 조건(범위, 장소, 반출 여부)을 적어 주세요. (Data access terms.)"];
        }

        if ((terms.IpTerms?.Length ?? 0) > 1000)
        {
            e["ipTerms"] = ["지식재산권 조건은 1,000자 이하입니다. (IP terms too long.)"];
        }

        if (e.Count > 0)
        {
            throw new RequestValidationException(e);
        }

        var startup = await db.Startups.FirstAsync(s => s.Id == p.StartupId, ct);
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (await db.Pilots.AnyAsync(x => x.ProposalId == p.Id, ct))
        {
            throw new RequestRuleException("이 제안서의 실증은 이미 시작했습니다. (The pilot already exists.)");
        }

        var pilot = new Pilot
        {
            Code = await NextCodeAsync(terms.StartsOn.Year, ct), ProposalId = p.Id, ChallengeId = c.Id, StartsOn = terms.StartsOn,
            EndsOn = terms.StartsOn.AddMonths(p.Months).AddDays(-1), IpTerms = string.IsNullOrWhiteSpace(terms.IpTerms) ? PilotTerms.DefaultIp : terms.IpTerms.Trim(),
            DataAccess = terms.DataAccess!.Trim(), Status = PilotStatus.Running, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var doc = PilotUseCase.Build(c, p, startup, pilot, terms.PiaReference?.Trim(), portfolio.Questionnaire);
        var planner = new PortfolioAccess(access.Actor with { Role = Staff.StaffRole.Admin }, c.Bureau);
        var useCase = await portfolio.CreateAsync(planner, doc, ct);
        pilot.UseCaseCode = useCase.Code;
        db.Pilots.Add(pilot);
        audit.Record(access.Actor, "pilot.started", "pilot", pilot.Code, null, new { Proposal = p.Number, pilot.StartsOn, pilot.EndsOn, UseCase = useCase.Code, useCase.Tier });
        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return pilot;
    }

    public async Task MeasureAsync(ChallengeAccess access, Challenge c, Pilot pilot, int kpi, DateOnly on, double value, string? note, CancellationToken ct)
    {
        DemandRunning(access, c, pilot);
        var kpis = ChallengeDetails.Parse(c.DetailsJson).Kpis;
        if (kpi < 0 || kpi >= kpis.Count || double.IsNaN(value) || double.IsInfinity(value))
        {
            throw RequestValidationException.For("kpi", "성과지표와 측정값을 확인해 주세요. (Check the KPI and value.)");
        }

        if (on < pilot.StartsOn || on > Today)
        {
            throw RequestValidationException.For("on", "측정일은 실증 시작일부터 오늘까지입니다. (Measurement date within the pilot, not in the future.)");
        }

        pilot.Measurements.Add(new PilotMeasurement { KpiIndex = kpi, On = on, Value = value, Note = Trim(note, 500), RecordedBy = access.Actor.Name });
        await CopyToPortfolioAsync(pilot, kpi, on, value, ct);
        audit.Record(access.Actor, "pilot.measured", "pilot", pilot.Code, null, new { Kpi = kpis[kpi].Metric, On = on, Value = value });
        await db.SaveChangesAsync(ct);
    }

    public async Task GateAsync(ChallengeAccess access, Challenge c, Pilot pilot, string? name, string? result, string? note, CancellationToken ct)
    {
        DemandRunning(access, c, pilot);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 60 || result is null || !GateResults.Contains(result) || string.IsNullOrWhiteSpace(note))
        {
            throw RequestValidationException.For("gate", "점검 이름, 결과(통과·조건부 통과·중단)와 의견을 모두 적어 주세요. (Gate name, result and note are required.)");
        }

        pilot.Gates.Add(new PilotGate { On = Today, Name = name.Trim(), Result = result, Note = Trim(note, 2000)!, ReviewedBy = access.Actor.Name });
        if (result == "stop")
        {
            pilot.Status = PilotStatus.Stopped;
            pilot.FinishedAt = clock.GetUtcNow().UtcDateTime;
        }

        audit.Record(access.Actor, "pilot.gate", "pilot", pilot.Code, null, new { Gate = name, Result = result });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ends a pilot whose last gate passed: issues the certificate number and records the procurement recommendation.</summary>
    public async Task FinishAsync(ChallengeAccess access, Challenge c, Pilot pilot, string? procurement, string? note, CancellationToken ct)
    {
        DemandRunning(access, c, pilot);
        if (pilot.Gates.OrderBy(g => g.On).ThenBy(g => g.Id).LastOrDefault()?.Result != "pass")
        {
            throw new RequestRuleException("최종 점검을 통과해야 실증을 마치고 실증확인서를 발급할 수 있습니다. (The last gate must be passed.)");
        }

        if (procurement is not ("recommend" or "not_recommend") || string.IsNullOrWhiteSpace(note))
        {
            throw RequestValidationException.For("procurement", "구매 권고 여부와 그 이유를 적어 주세요. (Procurement recommendation and reason.)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        pilot.Status = PilotStatus.Finished;
        pilot.FinishedAt = now;
        pilot.Procurement = procurement;
        pilot.ProcurementNote = Trim(note, 2000);
        pilot.CertificateIssuedAt = now;
        pilot.CertificateNumber = "서울AI실증-" + pilot.Code[3..];
        audit.Record(access.Actor, "pilot.finished", "pilot", pilot.Code, null, new { pilot.CertificateNumber, pilot.Procurement });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The latest measurement of a KPI becomes the <c>actual</c> of the pilot's use case (same save), so the portfolio's KPI views show it.</summary>
    private async Task CopyToPortfolioAsync(Pilot pilot, int kpi, DateOnly on, double value, CancellationToken ct)
    {
        var latest = pilot.Measurements.Where(m => m.KpiIndex == kpi).Max(m => m.On);
        var useCase = pilot.UseCaseCode is null ? null : await db.UseCases.FirstOrDefaultAsync(u => u.Code == pilot.UseCaseCode, ct);
        if (useCase is null || on < latest || UseCaseDocument.Parse(useCase) is not { } doc || doc["kpis"] is not System.Text.Json.Nodes.JsonArray list || kpi >= list.Count)
        {
            return;
        }

        list[kpi]!["actual"] = value;
        UseCaseDocument.Apply(useCase, doc, clock.GetUtcNow().UtcDateTime);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(9));

    private static void DemandRunning(ChallengeAccess access, Challenge c, Pilot pilot)
    {
        access.DemandOwner(c);
        if (pilot.ChallengeId != c.Id || pilot.Status != PilotStatus.Running)
        {
            throw new RequestRuleException("진행 중인 실증이 아닙니다. (The pilot is not running.)");
        }
    }

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim() is var t && t.Length > max ? t[..max] : s.Trim();

    private Task<string> NextCodeAsync(int year, CancellationToken ct) =>
        CodeSequence.NextAsync(db.Pilots.Select(x => x.Code), string.Create(CultureInfo.InvariantCulture, $"PL-{year}-"), "00", ct);
}
