using System.Globalization;
using Dasan.Core.Data;
using Dasan.Core.Radar;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Radar;

/// <summary>The issue radar for staff: what rose in the window, why it fired, and confirm / dismiss / hand to a department.</summary>
[Authorize(Policy = Policies.CityWide)]
public sealed class IndexModel(RadarDetection detection, RadarDecisions decisions, DasanDbContext db, RadarOptions options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? End { get; set; }
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 7;
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domain { get; set; }
    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    public RadarDetectionResult? Result { get; private set; }
    public IReadOnlyList<DetectedIssue> Issues { get; private set; } = [];
    public IReadOnlyList<string> Sources { get; private set; } = [];
    public Dictionary<string, (long Id, string Name)> Departments { get; private set; } = [];
    public IReadOnlyList<RadarDecision> Recent { get; private set; } = [];
    public string? Message { get; private set; }
    public DateOnly EndDay { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDecideAsync(string key, string decision, long? departmentId, string? note, CancellationToken ct)
    {
        await LoadAsync(ct);
        var issue = Result!.Issues.FirstOrDefault(i => i.Key == key);
        if (issue is null || !Enum.TryParse<RadarDecisionKind>(decision, true, out var kind))
        {
            Message = "이 이슈는 현재 기간에서 더 이상 감지되지 않습니다.";
            return Page();
        }

        try
        {
            await decisions.DecideAsync(User.ToActor(), issue, kind, departmentId, note, ct);
        }
        catch (ArgumentException e)
        {
            Message = e.Message;
            return Page();
        }

        return RedirectToPage(new { End, Days, Source, Domain, District });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Days = Days is 1 or 7 or 14 or 28 ? Days : 7;
        var today = RadarDates.DayOf(clock.GetUtcNow().UtcDateTime, options.CityOffset);
        EndDay = DateOnly.TryParseExact(End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var e) && Dasan.Web.Text.SupportedDates.Contains(e) ? e : today;
        Sources = await db.RadarItems.Select(i => i.Source).Distinct().OrderBy(s => s).ToListAsync(ct);
        Source = Sources.Contains(Source ?? "") ? Source : null;
        Result = await detection.DetectAsync(EndDay.AddDays(1 - Days), EndDay, Source, ct);
        Issues = Result.Issues
            .Where(i => string.IsNullOrEmpty(Domain) || i.Domains.Contains(Domain))
            .Where(i => string.IsNullOrEmpty(District) || i.Districts.Contains(District))
            .ToList();
        Departments = await db.Departments.AsNoTracking().Where(d => d.Active).ToDictionaryAsync(d => d.Code, d => (d.Id, d.Name), ct);
        Recent = await decisions.RecentAsync(10, ct);
    }

    public string DepartmentName(string code) => Departments.TryGetValue(code, out var d) ? d.Name : code;

    /// <summary>The domain's name in the page's language (Korean, or English on the English page).</summary>
    public static string DomainName(string code) =>
        (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Dasan.Core.Departments.Domains.English : Dasan.Core.Departments.Domains.Korean)
            .TryGetValue(code, out var name) ? name : code;

    public static string StateLabel(IssueState s) => s switch
    {
        IssueState.New => "신규",
        IssueState.Continuing => "지속",
        _ => "약화",
    };

    public static string ScopeLabel(string scope) => scope.Replace("requests/", "민원 · ", StringComparison.Ordinal)
        .Replace("news/", "뉴스 · ", StringComparison.Ordinal).Replace("city", "서울 전체", StringComparison.Ordinal)
        .Replace("domain:", "분야 ", StringComparison.Ordinal).Replace("district:", "", StringComparison.Ordinal);
}
