using Dasan.Core.Challenges;
using Dasan.Core.Requests;
using Dasan.Core.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Challenges;

/// <summary>Two staff deciding one challenge, or one start-up sending twice at once: exactly one wins and nothing is half-written.</summary>
public class HubConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TwoOwnersDecideAtOnce_OneWins(string provider)
    {
        await using var f = await HubFixture.CreateAsync(provider);
        long id;
        await using (var db = f.Database.NewContext())
        {
            var (c, alpha, beta) = await EvaluationAndPilotTests.ClosedWithTwoAsync(f, db);
            var eval = f.Evaluation(db);
            await eval.AssignAsync(await f.AccessAsync(db, f.Owner), c, "eval1", CancellationToken.None);
            await eval.DeclareAsync(f.Eval1, c, [], null, CancellationToken.None);
            await eval.ScoreAsync(f.Eval1, c, alpha, [new(9, "충분한 근거입니다."), new(8, "충분한 근거입니다.")], true, CancellationToken.None);
            await eval.ScoreAsync(f.Eval1, c, beta, [new(5, "부족한 근거입니다."), new(5, "부족한 근거입니다.")], true, CancellationToken.None);
            id = c.Id;
        }

        await using var a = f.Database.NewContext();
        await using var b = f.Database.NewContext();
        var ca = await a.Challenges.SingleAsync(x => x.Id == id);
        var cb = await b.Challenges.SingleAsync(x => x.Id == id);
        var proposals = await a.Proposals.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        await f.Decisions(a).DecideAsync(await f.AccessAsync(a, HubFixture.Tower), ca, [proposals[0]], null, CancellationToken.None);
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => f.Decisions(b).DecideAsync(f.AccessAsync(b, f.Owner).GetAwaiter().GetResult(), cb, [proposals[1]], null, CancellationToken.None));

        await using var check = f.Database.NewContext();
        Assert.Equal(proposals[0], await check.Proposals.Where(p => p.Outcome == ProposalOutcome.Accepted).Select(p => p.Id).SingleAsync());
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == "challenge.decided"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OneStartupSubmitsTwiceAtOnce_OneProposal(string provider)
    {
        await using var f = await HubFixture.CreateAsync(provider);
        long challengeId, startupId;
        await using (var db = f.Database.NewContext())
        {
            challengeId = (await f.PublishedAsync(db)).Id;
            startupId = (await f.StartupAsync(db, "twice")).Id;
        }

        async Task<bool> SubmitAsync()
        {
            await using var db = f.Database.NewContext();
            var c = await db.Challenges.SingleAsync(x => x.Id == challengeId);
            var s = await db.Startups.SingleAsync(x => x.Id == startupId);
            try
            {
                await f.Proposals(db).SubmitAsync(s, c, HubFixture.Input(), CancellationToken.None);
                return true;
            }
            catch (Exception e) when (e is RequestRuleException or DbUpdateException)
            {
                return false;
            }
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(SubmitAsync)));
        Assert.Equal(1, results.Count(r => r));
        await using var check = f.Database.NewContext();
        Assert.Equal(1, await check.Proposals.CountAsync());
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == "proposal.submitted"));
    }
}
