namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// A text that says nobody is hurt, inside or in the way (사람은 없어요, 다친 사람 없음, nobody inside): a structure,
/// water or a live wire that endangers no one yet is a hazard to fix today (high), not a call to 119. Fire, gas, violence,
/// people trapped and stated intent stay critical whatever the text says about others (ADR 0108).
/// </summary>
internal static class NobodyAtRisk
{
    private static readonly string[] Markers =
    [
        "사람은없", "사람없", "아무도없", "다친사람은없", "다친사람없", "다친사람도없", "다친거없", "다친건없", "다친데없", "다친덴없",
        "부상자없", "부상자는없", "인명피해없", "인명피해는없", "사람은안다쳤", "사람안다쳤", "아무도안다쳤", "사람안맞", "사람은안맞",
        "nobodyhurt", "noonehurt", "nobodyinside", "nooneinside", "noinjur", "nobodywashurt", "noonewashurt",
    ];

    private static readonly HashSet<string> Lowered = ["붕괴", "붕괴·낙하물", "침수", "싱크홀·지반 침하", "감전 위험", "추락 위험"];

    /// <summary>
    /// True when the cues that count make a text critical only through hazards to the people near them (collapse, water,
    /// live wires, falls) and the text states that nobody is at risk: the lexicon then rates it high, and the learned
    /// model may not raise it again (chosen leaving one training writer out, ADR 0108).
    /// </summary>
    public static bool Lowers(IReadOnlyList<UrgencyCue> counted, string document) =>
        counted.Count > 0 && counted.Max(c => c.Level) == Urgency.Critical
        && counted.Where(c => c.Level == Urgency.Critical).All(Lowers) && Says(document);

    /// <summary>True when a compact text states that nobody is at risk (not when it asks: 아무도 없는지).</summary>
    public static bool Says(string document)
    {
        foreach (var marker in Markers)
        {
            for (var at = document.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = document.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var rest = document.AsSpan(at + marker.Length);
                if (!rest.StartsWith("는지", StringComparison.Ordinal) && !rest.StartsWith("을지", StringComparison.Ordinal)
                    && !rest.StartsWith("나요", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for a cue whose danger is to the people near it, so that "nobody there" lowers it.</summary>
    private static bool Lowers(UrgencyCue cue) => !cue.Intent && Lowered.Contains(cue.Category);
}
