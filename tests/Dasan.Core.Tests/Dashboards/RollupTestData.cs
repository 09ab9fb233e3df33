using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Triage;

namespace Dasan.Core.Tests.Dashboards;

/// <summary>
/// Random requests for the roll-up equivalence test: receipt times over ~14 months (many within a second of Seoul
/// midnight), every key sometimes unset, answers and closings at, just before and just after bucket edges (and before
/// receipt), 0–2 triage suggestions each.
/// </summary>
internal sealed class RollupTestData(Random random, IReadOnlyList<Department> departments)
{
    public static readonly string[] Districts = ["마포구", "강남구", "종로구", "노원구", "은평구"];

    public static readonly string[] DomainCodes = ["transport", "environment", "welfare", "safety"];

    /// <summary>Seoul 2025-09-01 00:00 as UTC.</summary>
    public static readonly DateTime Start = new(2025, 8, 31, 15, 0, 0, DateTimeKind.Utc);

    public const int Days = 430;

    private static readonly double[] Edges = [1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720, 1080, 1440];

    private int _serial;

    public static List<Department> NewDepartments() =>
        Enumerable.Range(0, 8).Select(i => new Department
        {
            Code = $"test-{i}", Name = $"시험과{i}", NameEn = $"Test {i}", Bureau = "시험국", Domain = DomainCodes[i % DomainCodes.Length],
        }).ToList();

    public DateTime ReceivedAt(int? day = null)
    {
        var d = day ?? random.Next(Days);
        var midnight = Start.AddDays(d);
        return random.Next(4) switch
        {
            0 => midnight.AddSeconds(random.Next(-1, 2)), // 23:59:59, 00:00:00, 00:00:01 Seoul
            1 => midnight.AddMilliseconds(random.Next(-1500, 1500)),
            _ => midnight.AddSeconds(random.Next(86_400)),
        };
    }

    public DateTime? EndAfter(DateTime received) => random.Next(10) switch
    {
        0 or 1 => null,
        2 => received.AddHours(-random.Next(1, 5)), // before receipt: not counted
        3 => received.AddHours(Edge()), // exactly on an edge (counted in the lower bucket)
        4 => received.AddHours(Edge()).AddSeconds(random.Next(2) == 0 ? -1 : 1),
        5 => received.AddHours(2000 + random.Next(500)), // past the last edge
        _ => received.AddSeconds(random.Next(1, 60 * 86_400)),
    };

    public CitizenRequest Request(DateTime received)
    {
        var department = random.Next(8) == 0 ? null : departments[random.Next(departments.Count)];
        var answered = EndAfter(received);
        return new CitizenRequest
        {
            TrackingNumber = $"T-{++_serial:D8}", Title = "시험", Body = "시험 민원", MaskedBody = "시험 민원",
            Status = answered is null ? RequestStatus.Received : RequestStatus.Answered,
            DepartmentId = department?.Id,
            Domain = random.Next(10) == 0 ? null : random.Next(5) == 0 ? DomainCodes[random.Next(DomainCodes.Length)] : department?.Domain,
            District = random.Next(6) == 0 ? null : Districts[random.Next(Districts.Length)],
            ReceivedAt = received, UpdatedAt = received, DueAt = received.AddDays(7),
            AnsweredAt = answered, ClosedAt = answered is not null && random.Next(2) == 0 ? EndAfter(received) : null,
        };
    }

    public IEnumerable<TriageSuggestion> Suggestions(CitizenRequest request) =>
        Enumerable.Range(0, random.Next(3)).Select(_ => Suggestion(request.Id, request.ReceivedAt));

    public TriageSuggestion Suggestion(long requestId, DateTime at)
    {
        var auto = random.Next(2) == 0;
        return new TriageSuggestion
        {
            RequestId = requestId, At = at, Domain = DomainCodes[random.Next(DomainCodes.Length)], Urgency = "normal",
            AutoAssigned = auto, CandidatesJson = "[]", EvidenceJson = "{}", RouterVersion = "test",
            OverriddenAt = random.Next(4) == 0 ? at.AddDays(1) : null,
        };
    }

    public async Task AddRequestsAsync(DasanDbContext db, int count, Func<DateTime> received)
    {
        var requests = Enumerable.Range(0, count).Select(_ => Request(received())).ToList();
        db.Requests.AddRange(requests);
        await db.SaveChangesAsync();
        db.TriageSuggestions.AddRange(requests.SelectMany(Suggestions));
        await db.SaveChangesAsync();
    }

    private double Edge() => Edges[random.Next(Edges.Length)];
}
