using Dasan.Core.Programme.Portfolio;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme;

/// <summary>The leadership view (시장단 보고): city-wide and per-bureau figures with SVG charts, printable.</summary>
[Authorize(Policy = Policies.CityWide)]
public sealed class LeadershipModel(ProgrammeReportBuilder builder, Core.Challenges.HubReportBuilder hub) : PageModel
{
    public ProgrammeReport? Report { get; private set; }
    public Core.Challenges.HubReport? Hub { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await builder.BuildAsync(ct);
        Hub = await hub.BuildAsync(ct);
    }

    public static string Pct(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
