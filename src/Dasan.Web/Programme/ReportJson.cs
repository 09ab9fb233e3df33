using System.Text.Json.Serialization;
using Dasan.Core.Programme.Portfolio;

namespace Dasan.Web.Programme;

/// <summary>
/// The report's JSON contract (<c>dasan programme report --json</c> and <c>GET /api/v1/programme/report</c>):
/// <c>{"bureaus": [{"bureau", "use_cases", "by_stage", "by_tier", "staff", "l0_completed_share"}], "totals": {...}}</c>.
/// Staff and the L0 share come from the training port; 0 and null when it is absent.
/// </summary>
public sealed record ReportJson(
    [property: JsonPropertyName("bureaus")] IReadOnlyList<ReportJson.Line> Bureaus,
    [property: JsonPropertyName("totals")] ReportJson.Line Totals)
{
    public static ReportJson Of(ProgrammeReport r) => new(r.Bureaus.Select(LineOf).ToList(), LineOf(r.Totals) with { Bureau = null });

    private static Line LineOf(BureauReport b) => new(b.Bureau, b.UseCases, b.ByStage, b.ByTier, b.Training?.Staff ?? 0,
        b.Training is { } t ? Math.Round(t.L0CompletedShare, 4) : null);

    /// <summary>One bureau, or the totals (without <c>bureau</c>).</summary>
    public sealed record Line(
        [property: JsonPropertyName("bureau"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Bureau,
        [property: JsonPropertyName("use_cases")] int UseCases,
        [property: JsonPropertyName("by_stage")] IReadOnlyDictionary<string, int> ByStage,
        [property: JsonPropertyName("by_tier")] IReadOnlyDictionary<string, int> ByTier,
        [property: JsonPropertyName("staff")] int Staff,
        [property: JsonPropertyName("l0_completed_share")] double? L0CompletedShare);
}
