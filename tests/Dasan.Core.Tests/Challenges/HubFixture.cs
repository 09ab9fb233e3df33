using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Challenges;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Staff;
using Dasan.Core.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Dasan.Core.Tests.Challenges;

/// <summary>A fresh database with two bureaus, an owner, an outsider and two evaluators, the services and a fake clock (Seoul 2026-06-01).</summary>
public sealed class HubFixture : IAsyncDisposable
{
    public static readonly Actor Tower = new(ActorKind.Human, "admin", StaffRole.Admin, 1);

    private HubFixture(TestDatabase db) => Database = db;

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 31, 16, 0, 0, TimeSpan.Zero));
    public Actor Owner { get; private set; } = Actor.System;
    public Actor Outsider { get; private set; } = Actor.System;
    public Actor Eval1 { get; private set; } = Actor.System;
    public Actor Eval2 { get; private set; } = Actor.System;

    public static async Task<HubFixture> CreateAsync(string provider = "sqlite")
    {
        var f = new HubFixture(await TestDatabase.CreateAsync(provider));
        await using var db = f.Database.NewContext();
        var bus = new Department { Code = "bus-policy", Name = "버스정책과", Bureau = "교통실", Domain = "transport" };
        var welfare = new Department { Code = "welfare-policy", Name = "복지정책과", Bureau = "복지실", Domain = "welfare" };
        db.Departments.AddRange(bus, welfare);
        await db.SaveChangesAsync();
        StaffUser User(string login, long dept) => new() { Login = login, DisplayName = login, PasswordHash = "x", Role = StaffRole.Staff, DepartmentId = dept };
        var users = new[] { User("bus", bus.Id), User("welfare", welfare.Id), User("eval1", welfare.Id), User("eval2", welfare.Id) };
        db.StaffUsers.AddRange(users);
        await db.SaveChangesAsync();
        Actor A(StaffUser u) => new(ActorKind.Human, u.Login, StaffRole.Staff, u.Id, u.DepartmentId);
        (f.Owner, f.Outsider, f.Eval1, f.Eval2) = (A(users[0]), A(users[1]), A(users[2]), A(users[3]));
        return f;
    }

    public ChallengeService Challenges(DasanDbContext db) => new(db, new AuditTrail(db, Clock), new ChallengeOptions(), Clock);

    public ProposalService Proposals(DasanDbContext db) => new(db, new AuditTrail(db, Clock), Challenges(db), new ChallengeOptions(), Clock);

    public EvaluationService Evaluation(DasanDbContext db) => new(db, new AuditTrail(db, Clock), Clock);

    public DecisionService Decisions(DasanDbContext db) => new(db, new AuditTrail(db, Clock), Evaluation(db), Clock);

    public PilotService Pilots(DasanDbContext db) => new(db, new AuditTrail(db, Clock), new PortfolioService(db, new AuditTrail(db, Clock), Clock), Clock);

    public Task<ChallengeAccess> AccessAsync(DasanDbContext db, Actor actor) => ChallengeAccess.ForAsync(db, actor, CancellationToken.None);

    public static ChallengeDraft Draft(string title = "버스 정류소 혼잡 예측으로 배차 조정", bool personal = true) => new(
        title, "출근 시간 간선버스 혼잡 민원이 한 달 600건을 넘습니다. 배차 조정은 지난달 통계에만 기대고 있습니다.", "transport", "classical_ml", "매력서비스",
        ChallengeSources.Radar, "radar-key", "이슈 레이더: 버스 혼잡", "M", 6, "중소기업·스타트업, 기술성숙도 6 이상",
        new ChallengeDetails(
            [new ChallengeDataset("교통카드 승하차 통계", false, null), new ChallengeDataset("민원 원문", personal, personal ? "가명처리 뒤 내부망에서만 분석" : null)],
            [new ChallengeKpi("혼잡 민원(월)", "건", 600, 400, "lower", "민원 통계")],
            [new ChallengeCriterion("적합성", 60), new ChallengeCriterion("기술력", 40)]),
        new DateOnly(2026, 6, 10), new DateOnly(2026, 7, 31), 6);

    /// <summary>A published challenge of the owner's bureau, open from 2026-06-10 to 2026-07-31; the clock is moved into the window.</summary>
    public async Task<Challenge> PublishedAsync(DasanDbContext db, bool personal = true)
    {
        var c = await Challenges(db).CreateAsync(await AccessAsync(db, Owner), Draft(personal: personal), CancellationToken.None);
        await Challenges(db).SubmitAsync(await AccessAsync(db, Owner), c, CancellationToken.None);
        await Challenges(db).DecideAsync(await AccessAsync(db, Tower), c, true, null, CancellationToken.None);
        Clock.SetUtcNow(new DateTimeOffset(2026, 6, 15, 0, 0, 0, TimeSpan.Zero));
        return c;
    }

    private static int _n;

    public async Task<Startup> StartupAsync(DasanDbContext db, string login)
    {
        // Valid check digits: 220-81-62517 is a known-good pattern; vary the middle and recompute.
        var n = Interlocked.Increment(ref _n);
        var digits = $"1{n % 10}{n / 10 % 10}8{(n * 7) % 10}1234".Select(c => c - '0').ToArray();
        int[] w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var sum = digits.Zip(w).Sum(x => x.First * x.Second) + (digits[8] * 5 / 10);
        var number = string.Concat(digits) + ((10 - (sum % 10)) % 10);
        return await Proposals(db).RegisterAsync(new StartupRegistration("주식회사 " + login, number, "대표", "담당", login + "@x.example.com", "02-555-0100", login, "password-long-enough"), CancellationToken.None);
    }

    public static ProposalInput Input(string title = "승하차 통계 기반 혼잡 예측") =>
        new(title, "정류소별 혼잡을 30분 단위로 예측해 배차 담당자에게 알립니다.", "시 내부망에서 운영하고 통계 자료만 씁니다. 담당자가 확인한 뒤 배차를 바꿉니다.", 7, 100_000_000, 6);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
