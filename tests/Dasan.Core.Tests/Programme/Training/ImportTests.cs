using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Programme.Training;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Tests.Programme.Training;

public class ImportTests
{
    private static List<ImportLine> Lines(string header, params string[] rows)
    {
        var names = header.Split(',');
        return rows.Select((r, i) => new ImportLine(i + 2, names.Zip(r.Split(',')).ToDictionary(x => x.First, x => (string?)x.Second), r)).ToList();
    }

    [Fact]
    public async Task ImportRoster_WhenSomeRowsAreBad_RejectsThemByLineAndKeepsTheRestIdempotently()
    {
        await using var f = await TrainingFixture.CreateAsync();
        var lines = Lines("employee_no,name,department,grade,job_role,operates_tier,login",
            "E-1,가상일,버스정책과,7급,민원,,",
            "E-2,가상이,welfare-policy,6급,AI담당,IV,",
            "E-3,,버스정책과,7급,민원,,",
            "E 4,가상사,버스정책과,7급,민원,,",
            "E-5,가상오,버스정책과,7급,민원,,nobody",
            "E-1,가상일,버스정책과,7급,민원,,");
        await using (var db = f.Database.NewContext())
        {
            var report = await new RosterImporter(db, new AuditTrail(db, f.Clock), f.Clock, f.Curriculum).ImportAsync(TrainingFixture.Admin, lines, "import:test", default);
            Assert.Equal(2, report.Added);
            Assert.Equal([4, 5, 6, 7], report.Rejected.Select(r => r.Line));
            Assert.StartsWith("name:", report.Rejected[0].Error, StringComparison.Ordinal);
            Assert.StartsWith("employee_no:", report.Rejected[1].Error, StringComparison.Ordinal);
            Assert.StartsWith("login:", report.Rejected[2].Error, StringComparison.Ordinal);
            Assert.Contains("2행", report.Rejected[3].Error, StringComparison.Ordinal);
            Assert.Equal("E-5,가상오,버스정책과,7급,민원,,nobody", report.Rejected[2].Raw);
        }

        await using (var db = f.Database.NewContext())
        {
            var again = await new RosterImporter(db, new AuditTrail(db, f.Clock), f.Clock, f.Curriculum).ImportAsync(TrainingFixture.Admin, lines, "import:test", default);
            Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
            Assert.Equal(2, await db.TrainingEnrolments.CountAsync(e => e.Level == "L0"));
            Assert.Equal(4, await db.TrainingRoster.Where(r => r.EmployeeNo == "E-2").Select(r => r.OperatesTier).SingleAsync());
            Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.Action == "training.roster_imported"));
        }
    }

    [Fact]
    public async Task ImportCompletions_WhenRowsAreBadOrRepeated_RejectsByLineAndAddsNothingTwice()
    {
        await using var f = await TrainingFixture.CreateAsync();
        var lines = Lines("employee_no,module,completed_at,score,system",
            "T-1,AIL0-01,2026-02-01,90,인재개발원",
            "T-1,AIL0-01,2026-02-01,90,인재개발원",
            "T-9,AIL0-01,2026-02-01,,x",
            "T-1,AIL0-09,2026-02-01,,x",
            "T-1,AIL0-02,2026-02-30,,x",
            "T-1,AIL0-02,2027-01-01,,x",
            "T-1,AIL0-02,2026-02-01,101,x",
            "T-1,L2-2-PRACTICAL,2026-02-01,,인재개발원");
        await using var db = f.Database.NewContext();
        var importer = new CompletionImporter(db, new AuditTrail(db, f.Clock), f.Clock, f.Curriculum);
        var report = await importer.ImportAsync(TrainingFixture.Admin, lines, "import:test", default);
        Assert.Equal((2, 1), (report.Added, report.Unchanged));
        Assert.Equal([4, 5, 6, 7, 8], report.Rejected.Select(r => r.Line));
        Assert.Equal(["employee_no", "module", "completed_at", "completed_at", "score"], report.Rejected.Select(r => r.Error.Split(':')[0]));
        var second = await importer.ImportAsync(TrainingFixture.Admin, lines, "import:test", default);
        Assert.Equal((0, 3), (second.Added, second.Unchanged));
        var stored = await db.TrainingCompletions.SingleAsync(c => c.ModuleCode == "AIL0-01");
        Assert.Equal(stored.CompletedAt.AddMonths(24), stored.ExpiresAt);
        Assert.Equal("import:인재개발원", stored.Source);
    }

    [Fact]
    public async Task Import_WhenActorIsStaff_IsDenied()
    {
        await using var f = await TrainingFixture.CreateAsync();
        await using var db = f.Database.NewContext();
        var importer = new RosterImporter(db, new AuditTrail(db, f.Clock), f.Clock, f.Curriculum);
        await Assert.ThrowsAsync<AccessDeniedException>(() => importer.ImportAsync(f.Staff, [], "x", default));
        var supervisor = new Actor(ActorKind.Human, "s", StaffRole.Supervisor, 99);
        await Assert.ThrowsAsync<AccessDeniedException>(() => importer.ImportAsync(supervisor, [], "x", default));
    }
}
