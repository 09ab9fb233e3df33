using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Seed;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Challenges;

/// <summary>
/// Once per installation with demo data on: the sample challenges, start-ups (demo password), proposals, evaluations,
/// decisions and pilots of <c>challenges/challenges.json</c>. The sample is written as of 2026-12-03; every date moves
/// by the days between then and the first start, so a demo installed later still has open and overdue challenges.
/// </summary>
public sealed class ChallengeSeeder(
    DasanDbContext db, AuditTrail audit, EvaluationService evaluation, PilotService pilots, SeedOptions options, TimeProvider clock)
{
    public const string SeedKey = "challenges.seeded";
    private static readonly DateOnly WrittenOn = new(2026, 12, 3);
    private static readonly Actor SeedActor = new(ActorKind.System, "seed", StaffRole.Admin);

    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        if (!options.DemoData || await db.Settings.AnyAsync(s => s.Key == SeedKey, ct))
        {
            return 0;
        }

        var file = JsonSerializer.Deserialize<ChallengeSampleFile>(ShippedContent.ReadText("challenges/challenges.json"), ChallengeSampleFile.Json)!;
        var shift = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(9)).DayNumber - WrittenOn.DayNumber;
        DateOnly D(DateOnly d) => d.AddDays(shift);
        DateTime T(DateOnly d, int hour = 1) => D(d).ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);

        var startups = new Dictionary<string, Startup>();
        foreach (var s in file.Startups)
        {
            startups[s.Key] = new Startup
            {
                Name = s.Name, BusinessNumber = s.BusinessNumber, Representative = s.Representative, ContactName = s.ContactName, Email = s.Email, Phone = s.Phone,
                Login = s.Login, PasswordHash = PasswordHasher.Hash(options.DemoPassword), SecurityStamp = Guid.NewGuid().ToString("N"), CreatedAt = T(WrittenOn.AddDays(-400)),
            };
            db.Startups.Add(startups[s.Key]);
        }

        var departments = await db.Departments.Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var evaluators = await db.StaffUsers.Where(u => u.Login.StartsWith("eval")).ToDictionaryAsync(u => u.Login, u => u.Id, ct);
        var proposals = 0;
        foreach (var row in file.Challenges)
        {
            var status = Enum.Parse<ChallengeStatus>(row.Status, ignoreCase: true);
            var c = new Challenge
            {
                Code = row.Code, Bureau = row.Bureau, DepartmentId = departments.GetValueOrDefault(row.Department), Title = row.Title, Problem = row.Problem,
                TopicArea = row.TopicArea, Technique = row.Technique, SeoulField = row.SeoulField, SourceKind = row.Source.Kind,
                SourceNote = string.IsNullOrEmpty(row.Source.Note) ? null : row.Source.Note, BudgetBand = row.BudgetBand, MinTrl = row.MinTrl, Eligibility = row.Eligibility,
                DetailsJson = new ChallengeDetails(
                    row.Data.Select(d => new ChallengeDataset(d.Name, d.PersonalData, d.Protection)).ToList(),
                    row.Kpis.Select(k => new ChallengeKpi(k.Metric, k.Unit, k.Baseline, k.Target, k.Better, k.HowMeasured)).ToList(),
                    row.Criteria.Select(x => new ChallengeCriterion(x.Name, x.Weight)).ToList()).ToJson(),
                OpensOn = D(row.Opens), ClosesOn = D(row.Closes), DecisionDueOn = D(row.Closes).AddDays(56), PilotMonths = row.PilotMonths, Status = status,
                CreatedBy = "seed", CreatedAt = T(row.Opens.AddDays(-21)), UpdatedAt = T(row.Opens.AddDays(-7)),
                PublishedAt = status >= ChallengeStatus.Published ? T(row.Opens.AddDays(-7)) : null,
            };
            var pilotStarts = row.Proposals.Where(p => p.Pilot is not null).Select(p => p.Pilot!.Starts).DefaultIfEmpty(row.Closes.AddDays(49)).Min();
            if (status == ChallengeStatus.Decided)
            {
                c.DecidedAt = T(row.Closes.AddDays(Math.Clamp(pilotStarts.DayNumber - row.Closes.DayNumber - 10, 7, 50)), 6);
            }

            db.Challenges.Add(c);
            await db.SaveChangesAsync(ct);
            if (status >= ChallengeStatus.Evaluating)
            {
                foreach (var login in row.Proposals.SelectMany(p => p.Reviews).Select(r => r.Evaluator).Distinct().Where(evaluators.ContainsKey))
                {
                    db.EvaluatorAssignments.Add(new EvaluatorAssignment
                    {
                        ChallengeId = c.Id, StaffUserId = evaluators[login], AssignedBy = "seed", AssignedAt = T(row.Closes), DeclaredAt = T(row.Closes.AddDays(2)),
                    });
                }
            }

            foreach (var pr in row.Proposals)
            {
                var p = new Proposal
                {
                    Number = await ProposalNumbers.NextAsync(db, D(pr.Submitted).Year, ct), ChallengeId = c.Id, StartupId = startups[pr.Startup].Id, Startup = startups[pr.Startup],
                    Title = pr.Title, Summary = pr.Summary, Approach = pr.Approach, Trl = pr.Trl, PriceKrw = pr.PriceKrw, Months = pr.Months,
                    SubmittedAt = T(pr.Submitted, 5), UpdatedAt = T(pr.Submitted, 5), Outcome = Enum.Parse<ProposalOutcome>(pr.Outcome, ignoreCase: true),
                };
                db.Proposals.Add(p);
                await db.SaveChangesAsync(ct);
                proposals++;
                foreach (var r in pr.Reviews.Where(r => evaluators.ContainsKey(r.Evaluator)))
                {
                    var criteria = ChallengeDetails.Parse(c.DetailsJson).Criteria;
                    var scores = r.Scores.Select(s => new CriterionScore(s, r.Comment)).ToList();
                    db.Evaluations.Add(new Evaluation
                    {
                        ProposalId = p.Id, ChallengeId = c.Id, StaffUserId = evaluators[r.Evaluator], ScoresJson = JsonSerializer.Serialize(scores),
                        Total = EvaluationService.Total(criteria, scores), UpdatedAt = T(row.Closes.AddDays(9)), SubmittedAt = T(row.Closes.AddDays(9)),
                    });
                }
            }

            await db.SaveChangesAsync(ct);
            if (status == ChallengeStatus.Decided)
            {
                await DecideAsync(c, row, D, T, ct);
            }
        }

        db.Settings.Add(new Setting { Key = SeedKey, Value = proposals.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        audit.Record(SeedActor, "challenges.seeded", "challenges", null, null, new { Challenges = file.Challenges.Count, Proposals = proposals, Startups = startups.Count });
        await db.SaveChangesAsync(ct);
        return proposals;
    }

    private async Task DecideAsync(Challenge c, ChallengeSampleFile.ChallengeRow row, Func<DateOnly, DateOnly> d, Func<DateOnly, int, DateTime> t, CancellationToken ct)
    {
        var ranking = await evaluation.RankingAsync(c.Id, ct);
        var criteria = ChallengeDetails.Parse(c.DetailsJson).Criteria;
        var sheets = await db.Evaluations.AsNoTracking().Where(e => e.ChallengeId == c.Id).ToListAsync(ct);
        var tracked = await db.Proposals.Include(p => p.Startup).Where(p => p.ChallengeId == c.Id).OrderBy(p => p.Id).ToListAsync(ct);
        foreach (var (p, pr) in tracked.Zip(row.Proposals))
        {
            p.DecidedAt = c.DecidedAt;
            p.DecisionLetter = DecisionService.Letter(c, p, ranking.First(r => r.Proposal.Id == p.Id), ranking.Count, criteria, sheets.Where(s => s.ProposalId == p.Id).ToList(), null, c.DecidedAt!.Value);
            await db.SaveChangesAsync(ct);
            if (pr.Pilot is not { } plan)
            {
                continue;
            }

            var access = new ChallengeAccess(SeedActor, c.Bureau);
            var personal = ChallengeDetails.Parse(c.DetailsJson).Data.Any(x => x.PersonalData);
            var pilot = await pilots.StartAsync(access, c, p, new PilotTerms(d(plan.Starts), null,
                "시 내부망 분석 환경에서만 원자료를 다루고, 결과는 통계와 가명 처리된 형태로만 반출합니다.", personal ? $"PIA-{d(plan.Starts).Year}-{c.Code[^2..]}" : null), ct);
            pilot.CreatedAt = t(plan.Starts, 1);
            pilot.Measurements.AddRange(plan.Measurements.Select(m => new PilotMeasurement { KpiIndex = m.Kpi, On = d(m.At), Value = m.Value, Note = m.Note, RecordedBy = "seed" }));
            pilot.Gates.AddRange(plan.Gates.Select(g => new PilotGate { On = d(g.At), Name = g.Name, Result = g.Result, Note = g.Note, ReviewedBy = "seed" }));
            if (plan.Finished)
            {
                pilot.Status = PilotStatus.Finished;
                pilot.FinishedAt = t(plan.Gates.Max(g => g.At), 6);
                pilot.CertificateIssuedAt = pilot.FinishedAt;
                pilot.CertificateNumber = "서울AI실증-" + pilot.Code[3..];
                pilot.Procurement = plan.Procurement;
                pilot.ProcurementNote = plan.ProcurementNote;
            }

            var useCase = await db.UseCases.FirstAsync(u => u.Code == pilot.UseCaseCode, ct);
            useCase.Status = PlanStatus.Approved;
            useCase.DecidedAt = t(plan.Starts, 2);
            await db.SaveChangesAsync(ct);
        }
    }
}
