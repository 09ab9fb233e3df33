using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Departments;
using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Training;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>Admin: enrol by level, department or role, and upload roster and completion CSVs (rejected lines listed).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AdminModel(EnrolmentService enrolment, RosterImporter roster, CompletionImporter completions, DasanDbContext db, Curriculum curriculum) : PageModel
{
    public IReadOnlyList<CurriculumLevel> Levels => curriculum.Levels;
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public TrainingImportReport? Report { get; private set; }
    public string? Message { get; private set; }
    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostEnrolAsync(string? level, long? departmentId, string? jobRole, CancellationToken ct)
    {
        try
        {
            var o = await enrolment.EnrolAsync(User.ToActor(), level ?? "", departmentId, jobRole, ct);
            Message = $"{o.Level}: {o.Matched} / +{o.Added}";
        }
        catch (RequestValidationException e)
        {
            Problem = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }

        await LoadAsync(ct);
    }

    public async Task OnPostImportAsync(IFormFile? file, string? kind, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Problem = "CSV 파일을 고르세요. (Choose a CSV file.)";
        }
        else
        {
            await using var stream = file.OpenReadStream();
            var lines = TrainingCsvReader.Read(stream);
            var source = "import:" + Path.GetFileName(file.FileName);
            Report = kind == "completions"
                ? await completions.ImportAsync(User.ToActor(), lines, source, ct)
                : await roster.ImportAsync(User.ToActor(), lines, source, ct);
            Message = lines.Count == 0 ? "헤더 아래에 행이 없습니다. (No records below the header.)" : null;
        }

        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Departments = await db.Departments.OrderBy(d => d.Bureau).ThenBy(d => d.Name).ToListAsync(ct);
}
