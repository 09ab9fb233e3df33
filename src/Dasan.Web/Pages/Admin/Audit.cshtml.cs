using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Pages.Admin;

/// <summary>Admins browse and filter the audit log and see whether the hash chain verifies.</summary>
public sealed class AuditModel(DasanDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }

    public IReadOnlyList<AuditEvent> Events { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Verification = await AuditChainVerifier.VerifyAsync(db, null, ct);
        Events = await AuditQuery.Filter(db, Action, Actor, Entity, null, null).Take(200).ToListAsync(ct);
    }
}
