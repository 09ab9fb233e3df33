using System.Globalization;
using Dasan.Core.Programme.Register;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Dasan.Web.Pages.Programme;

/// <summary>
/// The public register (AI 알고리즘 공개 목록): no login; pilot and deployed use cases with their tier-1 summary,
/// searchable by words, bureau and stage, ten to a page.
/// </summary>
[EnableRateLimiting(Hosting.WebRegistration.PublicLimit)]
public sealed class RegisterModel(PublicRegister register, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Bureau { get; set; }
    [BindProperty(SupportsGet = true)] public string? Stage { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RegisterEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> Bureaus { get; private set; } = [];
    public int Total { get; private set; }
    public int Matching { get; private set; }
    public int Pages { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await register.ListAsync(ct, t => localizer[t].Value);
        // A reader of the English page may still search by the Korean words for the codes (생성형, 시범 운영).
        Dictionary<string, string> korean = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko" ? []
            : (await register.ListAsync(ct)).GroupBy(e => e.Code).ToDictionary(g => g.Key, g => string.Join('\n', g.Select(Text)));
        Total = all.Count;
        Bureaus = all.Select(e => e.Bureau).Distinct().Order(StringComparer.Ordinal).ToList();
        var words = (Q ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        var found = all.Where(e => (string.IsNullOrEmpty(Bureau) || e.Bureau == Bureau) && (string.IsNullOrEmpty(Stage) || e.Stage == Stage))
            .Where(e => words.All(w => Text(e).Contains(w, StringComparison.OrdinalIgnoreCase)
                || (korean.TryGetValue(e.Code, out var k) && k.Contains(w, StringComparison.OrdinalIgnoreCase)))).ToList();
        Matching = found.Count;
        Pages = Math.Max(1, (found.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string PageLink(int page) =>
        "/ai-register" + QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["bureau"] = Bureau, ["stage"] = Stage, ["p"] = page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private static string Text(RegisterEntry e) =>
        string.Join('\n', new[] { e.Code, e.Name, e.Bureau }.Concat(e.Tier1.Concat(e.Tier2).Select(f => f.Value ?? "")));
}
