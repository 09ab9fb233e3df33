using Dasan.Core.Access;
using Dasan.Core.Data;
using Dasan.Core.Requests;
using Dasan.Web.Auth;
using Dasan.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Web.Api;

/// <summary>Runs one workflow action addressed by tracking number, and answers with the updated request.</summary>
public sealed class RequestActions(DasanDbContext db, RequestWorkflow workflow, DasanMetrics metrics, TimeProvider clock)
{
    public async Task<Ok<RequestView>> RunAsync(HttpContext http, string trackingNumber, string kind,
        Func<RequestWorkflow, Actor, long, Task<CitizenRequest>> action, CancellationToken ct)
    {
        var actor = http.User.ToActor();
        var id = await db.Requests.Where(r => r.TrackingNumber == trackingNumber).Select(r => (long?)r.Id).FirstOrDefaultAsync(ct)
            ?? throw new RequestNotFoundException(trackingNumber);
        var updated = await action(workflow, actor, id);
        metrics.Actions.Add(1, new KeyValuePair<string, object?>("kind", kind));
        return TypedResults.Ok(RequestView.Of(updated, clock.GetUtcNow().UtcDateTime));
    }
}
