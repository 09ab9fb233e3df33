using Dasan.Core.Programme.Portfolio;
using Dasan.Core.Requests;

namespace Dasan.Core.Challenges;

/// <summary>Checks a challenge draft field by field; every problem is reported at once.</summary>
public static class ChallengeValidator
{
    public static void Validate(ChallengeDraft d, IReadOnlySet<string> domains)
    {
        var e = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (e.TryGetValue(field, out var l) ? l : e[field] = []).Add(message);
        Text(d.Title, "title", "제목", 4, 120, Add);
        Text(d.Problem, "problem", "문제 설명", 20, 4000, Add);
        Text(d.Eligibility, "eligibility", "참여 자격", 4, 2000, Add);
        if (d.TopicArea is null || !domains.Contains(d.TopicArea))
        {
            Add("topicArea", "분야를 고르세요. (Choose a topic area.)");
        }

        if (d.Technique is null || !StageNames.Techniques.Contains(d.Technique))
        {
            Add("technique", "AI 기술 유형을 고르세요. (Choose a technique.)");
        }

        if (d.SeoulField is null || !StageNames.SeoulFields.Contains(d.SeoulField))
        {
            Add("seoulField", "서울시 AI 중점 분야를 고르세요. (Choose a Seoul field.)");
        }

        if (d.SourceKind is null || !ChallengeSources.All.Contains(d.SourceKind))
        {
            Add("sourceKind", "과제의 출발점을 고르세요. (Choose where the need was seen.)");
        }

        if (d.BudgetBand is null || !BudgetBands.All.ContainsKey(d.BudgetBand))
        {
            Add("budgetBand", "예산 구간을 고르세요. (Choose a budget band.)");
        }

        if (d.MinTrl is < 1 or > 9)
        {
            Add("minTrl", "기술성숙도(TRL)는 1에서 9 사이입니다. (TRL is 1 to 9.)");
        }

        if (d.PilotMonths is < 1 or > 12)
        {
            Add("pilotMonths", "실증 기간은 1~12개월입니다. (A pilot lasts 1 to 12 months.)");
        }

        if (d.ClosesOn <= d.OpensOn)
        {
            Add("closesOn", "마감일은 공모 시작일보다 뒤여야 합니다. (The closing date must follow the opening date.)");
        }

        Lists(d.Details, Add);
        if (e.Count > 0)
        {
            throw new RequestValidationException(e.ToDictionary(x => x.Key, x => x.Value.ToArray()));
        }
    }

    private static void Lists(ChallengeDetails details, Action<string, string> add)
    {
        if (details.Kpis.Count is < 1 or > 6 || details.Kpis.Any(k => string.IsNullOrWhiteSpace(k.Metric) || k.Better is not ("higher" or "lower")))
        {
            add("kpis", "성과지표를 1~6개 적고 각각 지표 이름, 목표값, 방향(높을수록/낮을수록 좋음)을 정하세요. (Give 1–6 KPIs with name, target and direction.)");
        }

        if (details.Criteria.Count is < 2 or > 6 || details.Criteria.Any(c => string.IsNullOrWhiteSpace(c.Name) || c.Weight <= 0))
        {
            add("criteria", "평가 기준을 2~6개 적고 각각 양수 가중치를 주세요. (Give 2–6 criteria with positive weights.)");
        }
        else if (details.Criteria.Sum(c => c.Weight) != 100)
        {
            add("criteria", $"평가 기준 가중치의 합이 {details.Criteria.Sum(c => c.Weight)}입니다. 100이 되게 하세요. (Weights must sum to 100.)");
        }

        if (details.Data.Any(x => string.IsNullOrWhiteSpace(x.Name)))
        {
            add("data", "데이터 이름을 적으세요. (Name each dataset.)");
        }

        if (details.Data.Any(x => x.PersonalData && string.IsNullOrWhiteSpace(x.Protection)))
        {
            add("data", "개인정보가 든 데이터는 보호 방법(가명처리, 반출 금지 등)을 적어야 합니다. (Say how personal data is protected.)");
        }
    }

    private static void Text(string? value, string field, string name, int min, int max, Action<string, string> add)
    {
        var length = value?.Trim().Length ?? 0;
        if (length < min || length > max)
        {
            add(field, $"{name}은(는) {min}~{max}자로 적어 주세요. ({field}: {min}–{max} characters.)");
        }
    }
}
