using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Dasan.Web.Auth;
using Dasan.Web.Training;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>A department's completion share per level, with a server-side SVG chart; enrolment of the department.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DepartmentModel(TrainingProgressQueries queries, EnrolmentService enrolment, DasanDbContext db, Curriculum curriculum) : PageModel
{
    [BindProperty(SupportsGet = true)] public long? DepartmentId { get; set; }
    public DepartmentProgress? Progress { get; private set; }
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<CurriculumLevel> Levels => curriculum.Levels;
    public string ChartSvg { get; private set; } = "";
    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostEnrolAsync(string? level, string? jobRole, CancellationToken ct)
    {
        try
        {
            var outcome = await enrolment.EnrolAsync(User.ToActor(), level ?? "", DepartmentId, jobRole, ct);
            Message = $"{outcome.Level}: {outcome.Matched} / +{outcome.Added}";
        }
        catch (RequestValidationException e)
        {
            Message = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        if (actor.Role is not (StaffRole.Supervisor or StaffRole.Admin))
        {
            return Forbid();
        }

        var withStaff = await db.TrainingRoster.Where(r => r.Active).Select(r => r.DepartmentId).Distinct().ToListAsync(ct);
        Departments = await db.Departments.Where(d => withStaff.Contains(d.Id)).OrderBy(d => d.Bureau).ThenBy(d => d.Name).ToListAsync(ct);
        DepartmentId ??= actor.DepartmentId is { } own && withStaff.Contains(own) ? own : Departments.FirstOrDefault()?.Id;
        if (DepartmentId is { } id)
        {
            Progress = await queries.DepartmentAsync(actor, id, ct);
            ChartSvg = ShareChart.Render(Progress.Levels.Select(l => ($"{l.Level} {l.Name}", l.Share, $"{TrainingDates.Percent(l.Share)} ({l.Certified}/{l.Enrolled})")).ToList(),
                $"{Progress.Department} 과정별 이수율");
        }

        return Page();
    }
}
