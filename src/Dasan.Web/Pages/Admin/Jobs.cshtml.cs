using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Jobs;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Admin;

/// <summary>The background jobs shared by all nodes (issue 16): state, node, attempts, last error, next run; "run now" asks any node to run it.</summary>
public sealed class JobsModel(DasanDbContext db, AuditTrail audit, IReadOnlyList<JobDefinition> jobs, JobNode node, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(JobDefinition Job, JobRecord? Row)> Rows { get; private set; } = [];
    public IReadOnlyList<JobRecord> Unknown { get; private set; } = [];
    public string ThisNode => node.Name;
    public string? Message { get; private set; }

    /// <summary>Requests acknowledged before triage and still waiting (ADR 0328).</summary>
    public JournalBacklog Journal { get; private set; } = new(0, null, 0, null);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRunAsync(string? name, CancellationToken ct)
    {
        if (jobs.FirstOrDefault(j => j.Name == name) is not { } job)
        {
            return NotFound();
        }

        await JobRunner.RequestAsync(db, audit, User.ToActor(), job.Name, clock, ct);
        Message = $"'{job.KoreanName}' 작업을 곧 실행합니다. 실행 중인 노드 중 한 곳에서 한 번만 실행됩니다.";
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Gives the journal entries set aside after five failures a new round of attempts (audited).</summary>
    public async Task<IActionResult> OnPostRetryJournalAsync(CancellationToken ct)
    {
        // The reset and its audit event commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var numbers = await IntakeJournalDrain.RetrySetAsideAsync(db, ct);
        audit.Record(User.ToActor(), "intake_journal.retried", "intake_journal", null, null, new { count = numbers.Count, trackingNumbers = numbers });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Message = $"보류된 민원 {numbers.Count}건을 다시 처리합니다.";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await db.Jobs.AsNoTracking().ToDictionaryAsync(j => j.Name, ct);
        Rows = jobs.Select(j => (j, rows.GetValueOrDefault(j.Name))).ToList();
        Unknown = rows.Values.Where(r => jobs.All(j => j.Name != r.Name)).ToList();
        Journal = await JournalBacklog.ReadAsync(db, ct);
    }
}
