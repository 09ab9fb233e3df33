using System.Text.Json.Nodes;
using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Programme.Risk;

namespace Dasan.Web.Programme;

/// <summary>A use case as the API returns it: the document plus workflow status, review steps, assessment and KPIs.</summary>
public sealed record UseCaseView(
    string Code, string Bureau, string Name, string Stage, string? Tier, string Status, string? PlatformFeature, DateTime UpdatedAt,
    JsonObject? Document, IReadOnlyList<ReviewView>? Reviews, RiskResult? Assessment, IReadOnlyList<KpiLine>? Kpis)
{
    public static UseCaseView Summary(UseCase u) =>
        new(u.Code, u.Bureau, u.Name, u.Stage, u.Tier, u.Status.ToString(), u.PlatformFeature, u.UpdatedAt, null, null, null, null);

    public static UseCaseView Detail(UseCase u, JsonObject doc, RiskResult? assessment, IReadOnlyList<KpiLine> kpis) =>
        Summary(u) with
        {
            Document = doc, Assessment = assessment, Kpis = kpis,
            Reviews = u.Reviews.OrderBy(r => r.At).ThenBy(r => r.Id).Select(r => new ReviewView(r.At, r.Actor, r.Action, r.FromStatus.ToString(), r.ToStatus.ToString(), r.Comment)).ToList(),
        };
}

/// <summary>One review step.</summary>
public sealed record ReviewView(DateTime At, string Actor, string Action, string From, string To, string? Comment);

/// <summary>Body of the workflow actions.</summary>
public sealed record CommentBody(string? Comment);

/// <summary>Body of a stage move.</summary>
public sealed record StageBody(string? Stage, string? Date, string? Reason);

/// <summary>Body of POST /api/v1/programme/assess.</summary>
public sealed record AssessBody(string? Version, Dictionary<string, string>? Answers);
