using Dasan.Core.Programme.Training;

namespace Dasan.Core.Tests.Programme.Training;

public class StaffTrainingSummaryTests
{
    [Fact]
    public async Task Summarise_WhenCompletionsAreValidExpiredOrMissing_CountsPerBureauByHand()
    {
        await using var f = await TrainingFixture.CreateAsync();
        var asOf = TrainingFixture.Start.UtcDateTime;
        await using (var db = f.Database.NewContext())
        {
            // 교통실: T-1 (no completions) plus A (L0 valid, operator tier III current), B (L0 expired, operator tier IV lapsed).
            // 복지실: C (L0 and L3 valid, tier II: not an operator).
            var a = Member("A", f.BusDepartment, 3);
            var b = Member("B", f.BusDepartment, 4);
            var c = Member("C", f.WelfareDepartment, 2);
            db.TrainingRoster.AddRange(a, b, c);
            await db.SaveChangesAsync();
            Complete(db, a, asOf.AddMonths(-3), "AIL0-01", "AIL0-02", "AIOP-01");
            Complete(db, b, asOf.AddMonths(-25), "AIL0-01", "AIL0-02");
            Complete(db, b, asOf.AddMonths(-13), "AIOP-01");
            Complete(db, c, asOf.AddMonths(-1), "AIL0-01", "AIL0-02", "AIL1-03", "AIL3-01");
            await db.SaveChangesAsync();
        }

        await using var ctx = f.Database.NewContext();
        var figures = await new StaffTrainingSummary(ctx, f.Curriculum).SummariseAsync(asOf, default);
        var transport = figures.Single(x => x.Bureau == "교통실");
        Assert.Equal((3, 1, 2, 1), (transport.Staff, transport.L0Completed, transport.OperatorsRequired, transport.OperatorsCompliant));
        Assert.Equal(1.0 / 3, transport.L0CompletedShare, 6);
        Assert.Equal(0, transport.CertificatesByLevel["L3"]);
        var welfare = figures.Single(x => x.Bureau == "복지실");
        Assert.Equal((1, 1, 0, 0), (welfare.Staff, welfare.L0Completed, welfare.OperatorsRequired, welfare.OperatorsCompliant));
        Assert.Equal(1, welfare.CertificatesByLevel["L3"]);
        Assert.Equal(0, welfare.CertificatesByLevel["L1"]);
    }

    private static RosterMember Member(string no, long dept, int tier) =>
        new() { EmployeeNo = no, Name = no + "(가상)", DepartmentId = dept, OperatesTier = tier, Source = "test" };

    private static void Complete(Core.Data.DasanDbContext db, RosterMember m, DateTime at, params string[] modules) =>
        db.TrainingCompletions.AddRange(modules.Select(code => new ModuleCompletion
        {
            RosterMemberId = m.Id, ModuleCode = code, CompletedAt = at, ExpiresAt = at.AddMonths(Curriculum.Shipped().ValidMonths(code)), Source = "test",
        }));
}
