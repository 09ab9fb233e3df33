using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Admin;

/// <summary>Admins browse and filter the audit log page by page (newest first) and see whether the hash chain verifies.</summary>
public sealed class AuditModel(DasanDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }

    /// <summary>Show events older than this id (the next page); none for the newest page.</summary>
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }
    public int Matching { get; private set; }
    public long? NextBefore { get; private set; }

    /// <summary>The action groups the filter offers: code prefix and Korean name.</summary>
    public static IReadOnlyList<(string Prefix, string Name)> Groups { get; } =
    [
        ("request.", "민원"), ("triage.", "AI 민원분류"), ("usecase.", "AI 사업"), ("training.", "AI 역량 교육"), ("staff.", "직원 로그인·계정"),
        ("model.", "분류 모델"), ("radar.", "이슈 레이더"), ("knowledge.", "지식 문서"), ("catalog.", "부서 목록"), ("apikey.", "연동 키"),
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Verification = await AuditChainVerifier.VerifyAsync(db, null, ct);
        var filtered = AuditQuery.Filter(db, Action, Actor?.Trim(), Entity?.Trim(), null, null);
        Matching = await filtered.CountAsync(ct);
        var page = Before is { } before ? filtered.Where(e => e.Id < before) : filtered;
        var rows = await page.Take(PageSize + 1).ToListAsync(ct);
        Events = rows.Take(PageSize).ToList();
        NextBefore = rows.Count > PageSize ? Events[^1].Id : null;
    }

    public string PageLink(long? before) =>
        "/admin/audit" + QueryString.Create(new Dictionary<string, string?>
        {
            ["action"] = Action, ["actor"] = Actor, ["entity"] = Entity,
            ["before"] = before?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
