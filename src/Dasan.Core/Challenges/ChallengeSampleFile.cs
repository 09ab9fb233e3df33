using System.Text.Json.Serialization;

namespace Dasan.Core.Challenges;

/// <summary>The shape of <c>content/challenges/challenges.json</c> (snake_case).</summary>
internal sealed record ChallengeSampleFile(IReadOnlyList<ChallengeSampleFile.StartupRow> Startups, IReadOnlyList<ChallengeSampleFile.ChallengeRow> Challenges)
{
    public sealed record StartupRow(string Key, string Name, string BusinessNumber, string Representative, string ContactName, string Email, string Phone, string Login);

    public sealed record SourceRow(string Kind, string Note);

    public sealed record DataRow(string Name, bool PersonalData, string Protection);

    public sealed record KpiRow(string Metric, string Unit, double? Baseline, double Target, string Better, string HowMeasured);

    public sealed record CriterionRow(string Name, int Weight);

    public sealed record ChallengeRow(
        string Code, string Bureau, string Department, string Title, string Problem, string TopicArea, string Technique, string SeoulField,
        SourceRow Source, IReadOnlyList<DataRow> Data, IReadOnlyList<KpiRow> Kpis, string BudgetBand, int MinTrl, string Eligibility,
        IReadOnlyList<CriterionRow> Criteria, DateOnly Opens, DateOnly Closes, int PilotMonths, string Status, IReadOnlyList<ProposalRow> Proposals);

    public sealed record ReviewRow(string Evaluator, IReadOnlyList<int> Scores, string Comment);

    public sealed record MeasurementRow(int Kpi, DateOnly At, double Value, string Note);

    public sealed record GateRow(DateOnly At, string Name, string Result, string Note);

    public sealed record PilotRow(DateOnly Starts, IReadOnlyList<MeasurementRow> Measurements, IReadOnlyList<GateRow> Gates, bool Finished, string? Procurement, string ProcurementNote);

    public sealed record ProposalRow(
        string Startup, string Title, string Summary, string Approach, int Trl, long PriceKrw, int Months, DateOnly Submitted,
        IReadOnlyList<ReviewRow> Reviews, string Outcome, PilotRow? Pilot);

    [JsonIgnore]
    public static System.Text.Json.JsonSerializerOptions Json { get; } = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
}
