using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Seed;

/// <summary>Submits the shipped demo requests through the real intake and walks them to their demo status.</summary>
public sealed class SampleRequestLoader(DasanDbContext db, RequestIntake intake, RequestWorkflow workflow, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<int> LoadAsync(Actor actor, CancellationToken ct)
    {
        var samples = JsonSerializer.Deserialize<List<SampleRequest>>(ShippedContent.ReadText("requests/sample-requests.json"), Json) ?? [];
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var s in samples.OrderByDescending(s => s.DaysAgo))
        {
            var channel = Enum.TryParse<RequestChannel>(s.Channel, true, out var c) ? c : RequestChannel.Web;
            var result = await intake.SubmitAsync(new RequestSubmission
            {
                Title = s.Title, Body = s.Body, Type = s.Type, ContactName = s.ContactName, ContactPhone = s.ContactPhone,
                ContactEmail = s.ContactEmail, Address = s.Address, Latitude = s.Latitude, Longitude = s.Longitude,
                ServiceCode = s.Domain, ReceivedAt = now.AddDays(-s.DaysAgo).AddHours(-(s.Title.Length % 7)),
            }, channel, actor, null, null, ct);
            await AdvanceAsync(actor, result.Request.Id, s, departments, ct);

            // Intake and the workflow save their own changes: forget the saved entities, so the next save does not
            // scan every earlier one for changes (change detection was a third of a first start's time).
            db.ChangeTracker.Clear();
        }

        return samples.Count;
    }

    private async Task AdvanceAsync(Actor actor, long id, SampleRequest s, Dictionary<string, long> departments, CancellationToken ct)
    {
        var target = StatusNames.TryParse(s.Status, out RequestStatus status) ? status : RequestStatus.Received;
        if (target == RequestStatus.Received || s.Department is null || !departments.TryGetValue(s.Department, out var dept))
        {
            return;
        }

        var current = await db.Requests.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.DepartmentId, r.Status }).SingleAsync(ct);
        if (current.DepartmentId != dept)
        {
            await workflow.ReassignAsync(actor, id, dept, "데모 데이터: 담당 부서로 이송", ct);
        }

        if (target == RequestStatus.Assigned)
        {
            return;
        }

        await workflow.AcceptAsync(actor, id, ct);
        if (target is RequestStatus.Answered or RequestStatus.Closed)
        {
            await workflow.AnswerAsync(actor, id, s.Answer ?? "검토 결과를 안내드립니다. 문의해 주셔서 감사합니다.", ct);
        }

        if (target == RequestStatus.Closed)
        {
            await workflow.CloseAsync(actor, id, ct);
        }
    }
}
