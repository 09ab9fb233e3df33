using Dasan.Core.Programme.Training;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>A staff member's own AI curriculum: levels, modules, certificates and operator training.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(TrainingProgressQueries queries) : PageModel
{
    public MyProgress? Progress { get; private set; }
    public string? Problem { get; private set; }
    public bool CanSeeDepartments { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = User.ToActor();
        CanSeeDepartments = actor.Role is StaffRole.Supervisor or StaffRole.Admin;
        try
        {
            Progress = await queries.MineAsync(actor, ct);
        }
        catch (RequestRuleException e)
        {
            Problem = e.Message;
        }
    }
}
