using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Dasan.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Challenges;

/// <summary>Conflict-of-interest declarations, weighted scoring with comments, blind ranking, decisions with letters, pilots into the portfolio.</summary>
public class EvaluationAndPilotTests
{
    private static readonly CriterionScore[] Good = [new(9, "현장 적용 계획이 구체적입니다."), new(8, "유사 실적이 확인됩니다.")];
    private static readonly CriterionScore[] Weak = [new(4, "과제와 맞지 않는 부분이 많습니다."), new(5, "기술 근거가 부족합니다.")];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Evaluators_DeclareFirst_ConflictsExcluded_CommentsRequired_SubmittedIsFinal(string provider)
    {
        await using var f = await HubFixture.CreateAsync(provider);
        await using var db = f.Database.NewContext();
        var (c, alpha, beta) = await ClosedWithTwoAsync(f, db);
        var eval = f.Evaluation(db);
        await Assert.ThrowsAsync<AccessDeniedException>(() => eval.ScoreAsync(f.Eval1, c, alpha, Good, true, CancellationToken.None)); // not assigned
        await eval.AssignAsync(await f.AccessAsync(db, f.Owner), c, "eval1", CancellationToken.None);
        await Assert.ThrowsAsync<AccessDeniedException>(() => eval.ScoreAsync(f.Eval1, c, alpha, Good, true, CancellationToken.None)); // not declared
        await Assert.ThrowsAsync<RequestValidationException>(() => eval.DeclareAsync(f.Eval1, c, [beta.StartupId], null, CancellationToken.None)); // reason required
        await eval.DeclareAsync(f.Eval1, c, [beta.StartupId], "최근 2년 자문 계약", CancellationToken.None);
        await Assert.ThrowsAsync<AccessDeniedException>(() => eval.ScoreAsync(f.Eval1, c, beta, Good, true, CancellationToken.None)); // conflicted
        var missing = await Assert.ThrowsAsync<RequestValidationException>(() => eval.ScoreAsync(f.Eval1, c, alpha, [new(9, ""), new(8, "근거 있음입니다")], true, CancellationToken.None));
        Assert.Contains("scores[0]", missing.Errors.Keys);
        await eval.ScoreAsync(f.Eval1, c, alpha, Good, false, CancellationToken.None);
        Assert.Null((await eval.RankingAsync(c.Id, CancellationToken.None)).Single(r => r.Proposal.Id == alpha.Id).Mean); // drafts do not count
        var sheet = await eval.ScoreAsync(f.Eval1, c, alpha, Good, true, CancellationToken.None);
        Assert.Equal(86.0, sheet.Total); // 60×0.9 + 40×0.8
        await Assert.ThrowsAsync<RequestRuleException>(() => eval.ScoreAsync(f.Eval1, c, alpha, Weak, true, CancellationToken.None));
        Assert.Equal(["evaluation.declared", "evaluation.saved", "evaluation.submitted"],
            await db.AuditEvents.Where(a => a.Action.StartsWith("evaluation.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task Decision_NeedsEverySheet_ThenLettersGoToAll_RankedByMean()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var (c, alpha, beta) = await ClosedWithTwoAsync(f, db);
        var eval = f.Evaluation(db);
        await eval.AssignAsync(await f.AccessAsync(db, f.Owner), c, "eval1", CancellationToken.None);
        await eval.DeclareAsync(f.Eval1, c, [], null, CancellationToken.None);
        await eval.ScoreAsync(f.Eval1, c, alpha, Weak, true, CancellationToken.None);
        var owner = await f.AccessAsync(db, f.Owner);
        await Assert.ThrowsAsync<RequestRuleException>(() => f.Decisions(db).DecideAsync(owner, c, [alpha.Id], null, CancellationToken.None));
        await eval.ScoreAsync(f.Eval1, c, beta, Good, true, CancellationToken.None);
        await Assert.ThrowsAsync<AccessDeniedException>(() => f.Decisions(db).DecideAsync(f.AccessAsync(db, f.Outsider).GetAwaiter().GetResult(), c, [beta.Id], null, CancellationToken.None));
        var ranking = await eval.RankingAsync(c.Id, CancellationToken.None);
        Assert.Equal(beta.Id, ranking[0].Proposal.Id);
        await f.Decisions(db).DecideAsync(owner, c, [beta.Id], "협약 일정은 따로 알립니다.", CancellationToken.None);
        var letters = await db.Proposals.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        Assert.Contains("결과: 선정되지 않음", letters[0].DecisionLetter, StringComparison.Ordinal);
        Assert.Contains("2건 중 2위", letters[0].DecisionLetter, StringComparison.Ordinal);
        Assert.Contains("과제와 맞지 않는 부분이 많습니다.", letters[0].DecisionLetter, StringComparison.Ordinal);
        Assert.DoesNotContain("eval1", letters[0].DecisionLetter, StringComparison.Ordinal);
        Assert.Contains("결과: 선정", letters[1].DecisionLetter, StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Decided, (await db.Challenges.AsNoTracking().SingleAsync()).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pilot_EntersPortfolioWithAssessment_GateBeforeCertificate(string provider)
    {
        await using var f = await HubFixture.CreateAsync(provider);
        await using var db = f.Database.NewContext();
        var (c, p) = await DecidedAsync(f, db);
        var owner = await f.AccessAsync(db, f.Owner);
        var pilots = f.Pilots(db);
        var terms = new PilotTerms(new DateOnly(2026, 10, 1), null, "내부망에서 통계만 이용", null);
        var pia = await Assert.ThrowsAsync<RequestValidationException>(() => pilots.StartAsync(owner, c, p, terms, CancellationToken.None));
        Assert.Contains("piaReference", pia.Errors.Keys);
        var pilot = await pilots.StartAsync(owner, c, p, terms with { PiaReference = "PIA-2026-07" }, CancellationToken.None);
        Assert.Equal(new DateOnly(2027, 3, 31), pilot.EndsOn);
        Assert.Contains("기업에 귀속", pilot.IpTerms, StringComparison.Ordinal);
        var useCase = await db.UseCases.AsNoTracking().SingleAsync(u => u.Code == pilot.UseCaseCode);
        Assert.Equal(("pilot", PlanStatus.Draft, "교통실"), (useCase.Stage, useCase.Status, useCase.Bureau));
        Assert.NotNull(useCase.Tier);
        Assert.Contains("PIA-2026-07", useCase.Document, StringComparison.Ordinal);
        await Assert.ThrowsAsync<RequestRuleException>(() => pilots.StartAsync(owner, c, p, terms with { PiaReference = "PIA-2026-07" }, CancellationToken.None));

        f.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));
        await Assert.ThrowsAsync<RequestValidationException>(() => pilots.MeasureAsync(owner, c, pilot, 0, new DateOnly(2026, 12, 1), 500, null, CancellationToken.None)); // future
        await pilots.MeasureAsync(owner, c, pilot, 0, new DateOnly(2026, 11, 1), 380, "첫 달", CancellationToken.None);
        await pilots.MeasureAsync(owner, c, pilot, 0, new DateOnly(2026, 10, 15), 450, "늦게 적은 지난 측정", CancellationToken.None);
        var measured = UseCaseDocument.Parse(await db.UseCases.AsNoTracking().SingleAsync(u => u.Code == pilot.UseCaseCode));
        Assert.Equal(380, (double)measured["kpis"]![0]!["actual"]!); // the latest date wins, not the latest entry
        await Assert.ThrowsAsync<RequestRuleException>(() => pilots.FinishAsync(owner, c, pilot, "recommend", "좋음", CancellationToken.None));
        await pilots.GateAsync(owner, c, pilot, "중간 점검", "conditional", "민원 분류 기준 보완", CancellationToken.None);
        await Assert.ThrowsAsync<RequestRuleException>(() => pilots.FinishAsync(owner, c, pilot, "recommend", "좋음", CancellationToken.None));
        await pilots.GateAsync(owner, c, pilot, "최종 점검", "pass", "목표 달성", CancellationToken.None);
        await pilots.FinishAsync(owner, c, pilot, "recommend", "목표 달성, 확대 권고", CancellationToken.None);
        Assert.Equal(PilotStatus.Finished, pilot.Status);
        Assert.Equal("서울AI실증-2026-01", pilot.CertificateNumber);
        await Assert.ThrowsAsync<RequestRuleException>(() => pilots.MeasureAsync(owner, c, pilot, 0, new DateOnly(2026, 11, 1), 1, null, CancellationToken.None));

        var report = await new HubReportBuilder(db, f.Clock).BuildAsync(CancellationToken.None);
        Assert.Equal((1, 1, 1, 1.0), (report.Pilots, report.Certificates, report.ProcurementRecommended, report.ProcurementShare!.Value));
        Assert.Equal(2, report.Proposals);
    }

    [Fact]
    public async Task Pilot_StopGateEndsIt()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var (c, p) = await DecidedAsync(f, db, personal: false);
        var owner = await f.AccessAsync(db, f.Owner);
        var pilot = await f.Pilots(db).StartAsync(owner, c, p, new PilotTerms(new DateOnly(2026, 10, 1), "별도 합의: 공동 소유", "통계만", null), CancellationToken.None);
        await f.Pilots(db).GateAsync(owner, c, pilot, "중간 점검", "stop", "정확도 미달", CancellationToken.None);
        Assert.Equal(PilotStatus.Stopped, pilot.Status);
        await Assert.ThrowsAsync<RequestRuleException>(() => f.Pilots(db).FinishAsync(owner, c, pilot, "recommend", "x", CancellationToken.None));
    }

    [Fact]
    public async Task Report_ShowsOverdueUndecidedChallenges()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        await ClosedWithTwoAsync(f, db);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 9, 30, 0, 0, 0, TimeSpan.Zero)); // due 09-25
        var report = await new HubReportBuilder(db, f.Clock).BuildAsync(CancellationToken.None);
        Assert.Equal(5, Assert.Single(report.Overdue).DaysOverdue);
        Assert.Equal(("교통실", 1, 2), (report.Bureaus[0].Bureau, report.Bureaus[0].Challenges, report.Bureaus[0].Proposals));
    }

    internal static async Task<(Challenge C, Proposal Alpha, Proposal Beta)> ClosedWithTwoAsync(HubFixture f, DasanDbContext db, bool personal = true)
    {
        var c = await f.PublishedAsync(db, personal);
        var alpha = await f.Proposals(db).SubmitAsync(await f.StartupAsync(db, "alpha" + Guid.NewGuid().ToString("N")[..6]), c, HubFixture.Input("알파 제안"), CancellationToken.None);
        var beta = await f.Proposals(db).SubmitAsync(await f.StartupAsync(db, "beta" + Guid.NewGuid().ToString("N")[..6]), c, HubFixture.Input("베타 제안"), CancellationToken.None);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 8, 3, 0, 0, 0, TimeSpan.Zero));
        await f.Challenges(db).CloseDueAsync(CancellationToken.None);
        return (c, alpha, beta);
    }

    private static async Task<(Challenge C, Proposal Winner)> DecidedAsync(HubFixture f, DasanDbContext db, bool personal = true)
    {
        var (c, alpha, beta) = await ClosedWithTwoAsync(f, db, personal);
        var eval = f.Evaluation(db);
        await eval.AssignAsync(await f.AccessAsync(db, f.Owner), c, "eval1", CancellationToken.None);
        await eval.DeclareAsync(f.Eval1, c, [], null, CancellationToken.None);
        await eval.ScoreAsync(f.Eval1, c, alpha, Good, true, CancellationToken.None);
        await eval.ScoreAsync(f.Eval1, c, beta, Weak, true, CancellationToken.None);
        await f.Decisions(db).DecideAsync(await f.AccessAsync(db, f.Owner), c, [alpha.Id], null, CancellationToken.None);
        return (c, alpha);
    }
}
