using System.Globalization;
using Dasan.Core.Challenges;

namespace Dasan.Web.Challenges;

/// <summary>The challenge form as posted (rows of data, KPIs and criteria as parallel lists; blank rows are dropped).</summary>
public sealed class ChallengeForm
{
    public const int DataRows = 3;
    public const int KpiRows = 4;
    public const int CriterionRows = 5;

    public string? Title { get; set; }
    public string? Problem { get; set; }
    public string? TopicArea { get; set; }
    public string? Technique { get; set; }
    public string? SeoulField { get; set; }
    public string? SourceKind { get; set; } = ChallengeSources.None;
    public string? SourceRef { get; set; }
    public string? SourceNote { get; set; }
    public string? BudgetBand { get; set; } = "M";
    public int MinTrl { get; set; } = 6;
    public string? Eligibility { get; set; } = "중소기업·스타트업(공동 수급 가능), 기술성숙도 6 이상";
    public string? OpensOn { get; set; }
    public string? ClosesOn { get; set; }
    public int PilotMonths { get; set; } = 6;
    public string? Bureau { get; set; }
    public List<string?> DataName { get; set; } = [];
    public List<string?> DataPersonal { get; set; } = [];
    public List<string?> DataProtection { get; set; } = [];
    public List<string?> KpiMetric { get; set; } = [];
    public List<string?> KpiUnit { get; set; } = [];
    public List<string?> KpiBaseline { get; set; } = [];
    public List<string?> KpiTarget { get; set; } = [];
    public List<string?> KpiBetter { get; set; } = [];
    public List<string?> KpiHow { get; set; } = [];
    public List<string?> CriterionName { get; set; } = [];
    public List<string?> CriterionWeight { get; set; } = [];

    public static ChallengeForm From(Challenge c)
    {
        var d = ChallengeDetails.Parse(c.DetailsJson);
        var inv = CultureInfo.InvariantCulture;
        return new ChallengeForm
        {
            Title = c.Title, Problem = c.Problem, TopicArea = c.TopicArea, Technique = c.Technique, SeoulField = c.SeoulField, SourceKind = c.SourceKind,
            SourceRef = c.SourceRef, SourceNote = c.SourceNote, BudgetBand = c.BudgetBand, MinTrl = c.MinTrl, Eligibility = c.Eligibility,
            OpensOn = c.OpensOn.ToString("yyyy-MM-dd", inv), ClosesOn = c.ClosesOn.ToString("yyyy-MM-dd", inv), PilotMonths = c.PilotMonths, Bureau = c.Bureau,
            DataName = d.Data.Select(x => (string?)x.Name).ToList(), DataPersonal = d.Data.Select(x => x.PersonalData ? "on" : null).ToList(),
            DataProtection = d.Data.Select(x => x.Protection).ToList(), KpiMetric = d.Kpis.Select(k => (string?)k.Metric).ToList(),
            KpiUnit = d.Kpis.Select(k => (string?)k.Unit).ToList(), KpiBaseline = d.Kpis.Select(k => k.Baseline?.ToString(inv)).ToList(),
            KpiTarget = d.Kpis.Select(k => (string?)k.Target.ToString(inv)).ToList(), KpiBetter = d.Kpis.Select(k => (string?)k.Better).ToList(),
            KpiHow = d.Kpis.Select(k => k.HowMeasured).ToList(), CriterionName = d.Criteria.Select(x => (string?)x.Name).ToList(),
            CriterionWeight = d.Criteria.Select(x => (string?)x.Weight.ToString(inv)).ToList(),
        };
    }

    public static string? At(IReadOnlyList<string?> list, int i) => i < list.Count ? list[i] : null;

    public ChallengeDraft ToDraft()
    {
        var inv = CultureInfo.InvariantCulture;
        var data = Enumerable.Range(0, DataName.Count).Where(i => !string.IsNullOrWhiteSpace(DataName[i]))
            .Select(i => new ChallengeDataset(DataName[i]!.Trim(), At(DataPersonal, i) is "on" or "true", At(DataProtection, i)?.Trim())).ToList();
        var kpis = Enumerable.Range(0, KpiMetric.Count).Where(i => !string.IsNullOrWhiteSpace(KpiMetric[i]))
            .Select(i => new ChallengeKpi(KpiMetric[i]!.Trim(), At(KpiUnit, i)?.Trim() ?? "", Number(At(KpiBaseline, i)), Number(At(KpiTarget, i)) ?? double.NaN,
                At(KpiBetter, i) ?? "", At(KpiHow, i)?.Trim())).ToList();
        var criteria = Enumerable.Range(0, CriterionName.Count).Where(i => !string.IsNullOrWhiteSpace(CriterionName[i]))
            .Select(i => new ChallengeCriterion(CriterionName[i]!.Trim(), int.TryParse(At(CriterionWeight, i), NumberStyles.Integer, inv, out var w) ? w : 0)).ToList();
        return new ChallengeDraft(Title, Problem, TopicArea, Technique, SeoulField, SourceKind, SourceRef, SourceNote, BudgetBand, MinTrl, Eligibility,
            new ChallengeDetails(data, kpis.Where(k => !double.IsNaN(k.Target)).ToList() is var ok && ok.Count == kpis.Count ? kpis : [], criteria),
            Date(OpensOn), Date(ClosesOn), PilotMonths, Bureau);
    }

    private static double? Number(string? s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static DateOnly Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : default;
}
