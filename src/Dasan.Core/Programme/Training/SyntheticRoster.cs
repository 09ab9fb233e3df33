namespace Dasan.Core.Programme.Training;

/// <summary>
/// A deterministic synthetic roster: 12–19 people per department, names marked (가상) and built from syllables so no
/// real person is named, grades and job roles, some operators of tier III–IV systems, and completions spread over the
/// last 30 months (so some have expired). The same seed and date give the same roster.
/// </summary>
public sealed class SyntheticRoster(Curriculum curriculum, int seed = 20260303)
{
    private static readonly string[] Families = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
    private static readonly string[] Syllables = ["가", "나", "다", "라", "마", "바", "사", "아", "자", "하", "온", "솔", "결", "빛", "별", "윤", "슬", "람"];
    private static readonly string[] Sources = ["seed:인재개발원", "seed:나라배움터", "seed:dasan"];

    public IReadOnlyList<SyntheticPerson> Generate(IEnumerable<string> departmentCodes, DateTime nowUtc)
    {
        var rng = new Random(seed);
        var today = nowUtc.Date;
        var people = new List<SyntheticPerson>();
        foreach (var dept in departmentCodes.Order(StringComparer.Ordinal))
        {
            var diligence = 0.55 + rng.NextDouble() * 0.4;
            var size = rng.Next(12, 20);
            for (var i = 0; i < size; i++)
            {
                var (grade, role) = i switch
                {
                    0 => ("과장", "관리자"),
                    1 => ("6급", "AI담당"),
                    _ => (Pick(rng, ["9급", "8급", "7급", "7급", "6급", "6급", "5급"]), Pick(rng, ["일반", "일반", "일반", "민원", "민원", "정보화"])),
                };
                int? tier = rng.NextDouble() < 0.06 ? rng.Next(3, 5) : rng.NextDouble() < 0.05 ? rng.Next(1, 3) : null;
                var levels = Levels(rng, grade, role);
                var name = Pick(rng, Families) + Pick(rng, Syllables) + Pick(rng, Syllables) + "(가상)";
                people.Add(new SyntheticPerson($"SYN-{people.Count + 1:D5}", name, dept, grade, role, tier, levels,
                    Completions(rng, levels, tier, diligence, today)));
            }
        }

        return people;
    }

    private static List<string> Levels(Random rng, string grade, string role)
    {
        var levels = new List<string> { "L0" };
        if (role is "민원" or "AI담당" || rng.NextDouble() < 0.3)
        {
            levels.Add("L1");
        }

        if (role is "AI담당" || (role is "정보화" && rng.NextDouble() < 0.5))
        {
            levels.Add("L2-1");
            if (rng.NextDouble() < 0.25)
            {
                levels.Add("L2-2");
            }
        }

        if (grade == "과장")
        {
            levels.Add("L3");
        }

        return levels;
    }

    private List<(string, DateTime, int?, string)> Completions(Random rng, List<string> levels, int? tier, double diligence, DateTime today)
    {
        var done = new Dictionary<string, (string, DateTime, int?, string)>();
        foreach (var (level, chance) in levels.Select(l => (l, l == "L0" ? diligence : diligence * 0.7)))
        {
            var definition = curriculum.Level(level)!;
            var complete = rng.NextDouble() < chance;
            foreach (var code in definition.CertificateModules.Where(c => !done.ContainsKey(c)))
            {
                if (complete || rng.NextDouble() < 0.25)
                {
                    done[code] = Completion(rng, code, today, 900);
                }
            }
        }

        if (tier >= 3 && rng.NextDouble() < 0.8)
        {
            done["AIOP-01"] = Completion(rng, "AIOP-01", today, 450);
        }

        return [.. done.Values];
    }

    private (string, DateTime, int?, string) Completion(Random rng, string code, DateTime today, int maxDaysAgo)
    {
        var module = curriculum.Module(code);
        int? score = module is null || module.Rule == CompletionRule.Completed ? null : rng.Next(module.MasteryScore, 101);
        return (code, today.AddDays(-rng.Next(3, maxDaysAgo)).AddHours(rng.Next(0, 9)), score, Pick(rng, Sources));
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
