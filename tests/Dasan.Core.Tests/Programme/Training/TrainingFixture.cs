using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Training;
using Dasan.Core.Staff;
using Dasan.Core.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Dasan.Core.Tests.Programme.Training;

/// <summary>A fresh database with two departments in two bureaus, one staff account on the roster, and a fake clock.</summary>
public sealed class TrainingFixture : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
    public static readonly Actor Admin = new(ActorKind.System, "test", StaffRole.Admin);

    private TrainingFixture(TestDatabase db) => Database = db;

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public Curriculum Curriculum { get; } = Curriculum.Shipped();
    public Actor Staff { get; private set; } = Actor.System;
    public long BusDepartment { get; private set; }
    public long WelfareDepartment { get; private set; }

    public static async Task<TrainingFixture> CreateAsync(string provider = "sqlite")
    {
        var f = new TrainingFixture(await TestDatabase.CreateAsync(provider));
        await using var db = f.Database.NewContext();
        var bus = new Department { Code = "bus-policy", Name = "버스정책과", Bureau = "교통실", Domain = "transport" };
        var welfare = new Department { Code = "welfare-policy", Name = "복지정책과", Bureau = "복지실", Domain = "welfare" };
        db.Departments.AddRange(bus, welfare);
        await db.SaveChangesAsync();
        var user = new StaffUser { Login = "bus", DisplayName = "버스 주무관", PasswordHash = "x", Role = StaffRole.Staff, DepartmentId = bus.Id };
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync();
        db.TrainingRoster.Add(new RosterMember { EmployeeNo = "T-1", Name = "시험(가상)", DepartmentId = bus.Id, StaffUserId = user.Id, Source = "test" });
        await db.SaveChangesAsync();
        (f.BusDepartment, f.WelfareDepartment) = (bus.Id, welfare.Id);
        f.Staff = new Actor(ActorKind.Human, "bus", StaffRole.Staff, user.Id, bus.Id);
        return f;
    }

    public QuizService Quiz(DasanDbContext db) => new(db, new AuditTrail(db, Clock), Clock, Curriculum);

    public TrainingProgressQueries Progress(DasanDbContext db) => new(db, Clock, Curriculum);

    /// <summary>Answers every question of a module correctly.</summary>
    public Dictionary<string, int> Key(string module) => Curriculum.Module(module)!.Quiz.ToDictionary(q => q.Id, q => q.Answer);

    /// <summary>The right answers to the questions one attempt drew.</summary>
    public Dictionary<string, int> Key(QuizPaper paper) =>
        paper.Questions.ToDictionary(q => q.Id, q => Curriculum.Module(paper.ModuleCode)!.Quiz.Single(x => x.Id == q.Id).Answer);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
