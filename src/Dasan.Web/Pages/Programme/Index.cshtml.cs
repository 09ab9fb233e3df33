using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Programme;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Programme;

/// <summary>The portfolio (AI 사업 포트폴리오): approved use cases of every bureau, plus the caller's bureau's drafts; export and import.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ProgrammeContext programme, PortfolioTransfer transfer, DasanDbContext db, TimeProvider clock) : PageModel
{
    public const long MaxImportBytes = 2 * 1024 * 1024;

    [BindProperty(SupportsGet = true)] public string? Bureau { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    public IReadOnlyList<UseCase> Cases { get; private set; } = [];
    public IReadOnlyList<Core.Triage.Notification> Alerts { get; private set; } = [];
    public PortfolioAccess? Access { get; private set; }
    public DateTime Now { get; private set; }
    public IDictionary<string, string[]>? ImportErrors { get; private set; }
    public ImportResult? Imported { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Access = await programme.AccessAsync(ct);
        Now = clock.GetUtcNow().UtcDateTime;
        var q = Access.Visible(db.UseCases.AsNoTracking());
        q = string.IsNullOrEmpty(Bureau) ? q : q.Where(u => u.Bureau == Bureau);
        q = Enum.TryParse<PlanStatus>(Status, out var s) ? q.Where(u => u.Status == s) : q;
        Cases = await q.OrderBy(u => u.Status == PlanStatus.Approved).ThenBy(u => u.Bureau).ThenBy(u => u.Code).ToListAsync(ct);
        var dept = Access.IsControlTower ? await db.Departments.Where(d => d.Code == PlanWorkflow.ControlTowerDepartment).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct) : Access.Actor.DepartmentId;
        Alerts = await db.Notifications.AsNoTracking().Where(n => n.DepartmentId == dept && n.ReadAt == null && n.Kind.StartsWith("programme."))
            .OrderByDescending(n => n.At).Take(10).ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        var excel = format == "xlsx";
        var bytes = await transfer.ExportAsync(await programme.AccessAsync(ct), excel, ct);
        return File(bytes, excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", excel ? "ai-portfolio.xlsx" : "ai-portfolio.csv");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxImportBytes)
        {
            ImportErrors = new Dictionary<string, string[]> { ["file"] = ["CSV 또는 Excel(.xlsx) 파일을 2MB 이내로 골라 주세요. (Choose a CSV or .xlsx file up to 2 MB.)"] };
        }
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                Imported = await transfer.ImportAsync(await programme.AccessAsync(ct), stream, file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase), ct);
            }
            catch (RequestValidationException e)
            {
                ImportErrors = e.Errors;
            }
        }

        await OnGetAsync(ct);
        Response.StatusCode = ImportErrors is null ? 200 : 400;
        return Page();
    }
}
