using System.Text.Json;
using Dasan.Ai.Learning.Registry;
using Dasan.Ai.Triage;
using Dasan.Core.Learning;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dasan.Web.Pages.Admin;

/// <summary>The model registry for admins: versions with held-out metrics; promote and roll back (audited).</summary>
public sealed class ModelsModel(ModelRegistry registry, RoutingModelProvider routing) : PageModel
{
    public IReadOnlyList<(ModelVersion Entry, double? Accuracy, double? MacroF1)> Versions { get; private set; } = [];
    public string? Message { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostPromoteAsync(string name, int version, CancellationToken ct)
    {
        await RunAsync(async () => Message = $"{(await registry.PromoteAsync(User.ToActor(), name, version, ct)).Key} 활성화", ct);
    }

    public async Task OnPostRollbackAsync(string name, CancellationToken ct)
    {
        await RunAsync(async () => Message = $"{(await registry.RollbackAsync(User.ToActor(), name, ct)).Key} 으로 되돌렸습니다", ct);
    }

    private async Task RunAsync(Func<Task> action, CancellationToken ct)
    {
        try
        {
            await action();
            routing.Invalidate();
        }
        catch (ModelNotFoundException e)
        {
            Message = e.Message;
        }

        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Versions = (await registry.ListAsync(null, ct)).Select(m =>
        {
            using var doc = JsonDocument.Parse(m.SummaryJson);
            var t = doc.RootElement.GetProperty("training");
            return (m, (double?)t.GetProperty("holdOutAccuracy").GetDouble(), (double?)t.GetProperty("holdOutMacroF1").GetDouble());
        }).ToList();
    }
}
