using Dasan.Ai.Learning.Registry;
using Dasan.Ai.Triage;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Dasan.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dasan.Web.Api;

/// <summary>Model prediction for staff systems, and the registry's promote/rollback for admins.</summary>
public static class ModelsApi
{
    public static void MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/models/{reference}/predict", Predict).RequireAuthorization(Policies.Api);
        var admin = app.MapGroup("/api/v1/admin/models").RequireAuthorization(Policies.Api, Policies.Admin);
        admin.MapGet("/", async (ModelRegistry registry, CancellationToken ct) => TypedResults.Ok((await registry.ListAsync(null, ct))
            .Select(m => new { m.Name, m.Version, m.Status, m.TrainedBy, m.TrainedAt, m.PromotedBy, m.PromotedAt })));
        admin.MapPost("/{name}/promote/{version:int}", async (string name, int version, ModelRegistry registry, RoutingModelProvider routing, HttpContext http, CancellationToken ct) =>
        {
            var m = await registry.PromoteAsync(http.User.ToActor(), name, version, ct);
            routing.Invalidate();
            return TypedResults.Ok(new { active = m.Key });
        });
        admin.MapPost("/{name}/rollback", async (string name, ModelRegistry registry, RoutingModelProvider routing, HttpContext http, CancellationToken ct) =>
        {
            var m = await registry.RollbackAsync(http.User.ToActor(), name, ct);
            routing.Invalidate();
            return TypedResults.Ok(new { active = m.Key });
        });
    }

    private static async Task<Ok<PredictionView>> Predict(string reference, PredictBody body, DasanDbContext db, ModelCache cache, ITextProtector text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            throw Core.Requests.RequestValidationException.For("text", "분류할 내용을 입력해 주세요. (text is required.)");
        }

        var (key, model) = await cache.GetAsync(db, reference, ct);
        var masked = text.Mask(text.Clean(body.Text)).Text;
        var k = Math.Clamp(body.K ?? 3, 1, model.Labels.Count);
        return TypedResults.Ok(new PredictionView(key, model.Predict(masked, k).Select(p => new LabelProbability(p.Label, Math.Round(p.Probability, 4))).ToList()));
    }
}

/// <summary>Body of POST /api/v1/models/{reference}/predict.</summary>
public sealed record PredictBody(string? Text, int? K);

/// <summary>Top-k labels of a model.</summary>
public sealed record PredictionView(string Model, IReadOnlyList<LabelProbability> Predictions);

/// <summary>A label with its calibrated probability.</summary>
public sealed record LabelProbability(string Label, double Probability);
