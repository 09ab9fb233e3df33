using Dasan.Core.Programme.Register;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dasan.Web.Pages.Programme;

/// <summary>The public register (AI 알고리즘 공개 목록): no login; pilot and deployed use cases with their tier-1 summary.</summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class RegisterModel(PublicRegister register) : PageModel
{
    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Entries = await register.ListAsync(ct);
}
