using Dasan.Core.Access;
using Dasan.Core.Challenges;
using Dasan.Core.Requests;
using Dasan.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Challenges;

/// <summary>Drafting, approval and proposals: validation, bureau scoping, the control tower's approval, deadlines and start-up scoping.</summary>
public class ChallengeWorkflowTests
{
    [Fact]
    public async Task Draft_WeightsMustSumTo100_AndPersonalDataNeedsProtection()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var bad = HubFixture.Draft() with
        {
            Details = new ChallengeDetails([new ChallengeDataset("민원 원문", true, " ")], HubFixture.Draft().Details.Kpis, [new("적합성", 60), new("기술력", 30)]),
        };
        var owner = await f.AccessAsync(db, f.Owner);
        var e = await Assert.ThrowsAsync<RequestValidationException>(() => f.Challenges(db).CreateAsync(owner, bad, CancellationToken.None));
        Assert.Contains("criteria", e.Errors.Keys);
        Assert.Contains("data", e.Errors.Keys);
        Assert.Equal(0, await db.Challenges.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Lifecycle_OwnerDrafts_OutsiderCannotEdit_OnlyTowerApproves(string provider)
    {
        await using var f = await HubFixture.CreateAsync(provider);
        await using var db = f.Database.NewContext();
        var svc = f.Challenges(db);
        var (outsider, ownerAccess, towerAccess) = (await f.AccessAsync(db, f.Outsider), await f.AccessAsync(db, f.Owner), await f.AccessAsync(db, HubFixture.Tower));
        var c = await svc.CreateAsync(await f.AccessAsync(db, f.Owner), HubFixture.Draft(), CancellationToken.None);
        Assert.Equal("교통실", c.Bureau);
        Assert.Equal(new DateOnly(2026, 9, 25), c.DecisionDueOn); // closes 07-31 + 8 weeks
        Assert.Equal("CH-2026-01", c.Code);
        await Assert.ThrowsAsync<AccessDeniedException>(() => svc.UpdateAsync(outsider, c, HubFixture.Draft("남의 과제 고치기"), CancellationToken.None));
        await svc.SubmitAsync(await f.AccessAsync(db, f.Owner), c, CancellationToken.None);
        await Assert.ThrowsAsync<AccessDeniedException>(() => svc.DecideAsync(ownerAccess, c, true, null, CancellationToken.None));
        await Assert.ThrowsAsync<RequestValidationException>(() => svc.DecideAsync(towerAccess, c, false, "", CancellationToken.None));
        await svc.DecideAsync(await f.AccessAsync(db, HubFixture.Tower), c, true, null, CancellationToken.None);
        Assert.Equal(ChallengeStatus.Published, c.Status);
        var actions = await db.AuditEvents.Where(a => a.EntityType == "challenge").Select(a => a.Action).ToListAsync();
        Assert.Equal(["challenge.created", "challenge.submitted", "challenge.published"], actions);
    }

    [Fact]
    public async Task Proposals_OnePerChallenge_TrlAndBudgetChecked_ClosedAfterDeadline()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var c = await f.PublishedAsync(db);
        var s = await f.StartupAsync(db, "alpha");
        var svc = f.Proposals(db);
        var low = await Assert.ThrowsAsync<RequestValidationException>(() => svc.SubmitAsync(s, c, HubFixture.Input() with { Trl = 4, PriceKrw = 900_000_000 }, CancellationToken.None));
        Assert.Contains("trl", low.Errors.Keys);
        Assert.Contains("priceKrw", low.Errors.Keys);
        var p = await svc.SubmitAsync(s, c, HubFixture.Input(), CancellationToken.None);
        Assert.Matches(@"^CP-2026-\d{5}$", p.Number);
        await Assert.ThrowsAsync<RequestRuleException>(() => svc.SubmitAsync(s, c, HubFixture.Input("두 번째"), CancellationToken.None));

        f.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 31, 14, 0, 0, TimeSpan.Zero)); // 23:00 in Seoul on the closing day: still open
        await svc.UpdateAsync(s, p, c, HubFixture.Input("마감 직전 수정"), CancellationToken.None);
        f.Clock.SetUtcNow(new DateTimeOffset(2026, 7, 31, 15, 1, 0, TimeSpan.Zero)); // 00:01 on 08-01 in Seoul
        await Assert.ThrowsAsync<RequestRuleException>(() => svc.UpdateAsync(s, p, c, HubFixture.Input("마감 뒤 수정"), CancellationToken.None));
        Assert.Equal("마감 직전 수정", (await db.Proposals.AsNoTracking().SingleAsync()).Title);
        Assert.Equal(1, await f.Challenges(db).CloseDueAsync(CancellationToken.None));
        Assert.Equal(ChallengeStatus.Evaluating, (await db.Challenges.AsNoTracking().SingleAsync()).Status);
        Assert.Equal(0, await f.Challenges(db).CloseDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Proposals_AnotherStartupCannotEditOrAttach()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var c = await f.PublishedAsync(db);
        var alpha = await f.StartupAsync(db, "alpha");
        var beta = await f.StartupAsync(db, "beta");
        var p = await f.Proposals(db).SubmitAsync(alpha, c, HubFixture.Input(), CancellationToken.None);
        await Assert.ThrowsAsync<AccessDeniedException>(() => f.Proposals(db).UpdateAsync(beta, p, c, HubFixture.Input("가로채기"), CancellationToken.None));
        await Assert.ThrowsAsync<AccessDeniedException>(() => f.Proposals(db).AttachAsync(beta, p, c, "a.pdf", "%PDF-1.4"u8.ToArray(), CancellationToken.None));
        var a = await f.Proposals(db).AttachAsync(alpha, p, c, "계획서.pdf", "%PDF-1.4"u8.ToArray(), CancellationToken.None);
        Assert.Equal(64, a.Sha256.Length);
    }

    [Fact]
    public async Task Registration_RejectsBadCheckDigit_AndDuplicateNumber()
    {
        await using var f = await HubFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var svc = f.Proposals(db);
        var bad = await Assert.ThrowsAsync<RequestValidationException>(() => svc.RegisterAsync(
            new StartupRegistration("주식회사 가", "220-81-62518", "대표", "담당", "a@x.example.com", "02-555-0101", "gaga", "long-password-1"), CancellationToken.None));
        Assert.Contains("businessNumber", bad.Errors.Keys);
        await svc.RegisterAsync(new StartupRegistration("주식회사 가", "220-81-62517", "대표", "담당", "a@x.example.com", "02-555-0101", "gaga", "long-password-1"), CancellationToken.None);
        var dup = await Assert.ThrowsAsync<RequestValidationException>(() => svc.RegisterAsync(
            new StartupRegistration("주식회사 나", "2208162517", "대표", "담당", "b@x.example.com", "02-555-0102", "nana", "long-password-1"), CancellationToken.None));
        Assert.Contains("businessNumber", dup.Errors.Keys);
    }
}
