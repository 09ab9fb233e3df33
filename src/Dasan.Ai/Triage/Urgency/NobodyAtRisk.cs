namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// A text that states, next to the hazard, that nobody is hurt or inside (안에 사람은 없어요, 다친 사람 없음): a structure,
/// water or a live wire that endangers no one yet is a hazard to fix today (high), not a call to 119. Read narrowly,
/// because a wrong reading silences a danger: only in the hazard's clause or the next, not while the hazard is still
/// going on or the writer pleads, not for "nobody to help" (도와줄 사람 없어요), "others were not hurt" (다른 사람은), "not
/// yet" (아직), a wish (인명피해 없도록) or a guess (없는 것 같아요). Fire, gas, violence, stated intent and people trapped
/// are never lowered, except someone shut in a lift (ADR 0108).
/// </summary>
internal static class NobodyAtRisk
{
    private static readonly string[] Markers =
    [
        "안에사람은없", "안에는사람이없", "안에사람이없", "안에아무도없", "안엔아무도없", "안에는아무도없", "주변에사람은없", "주변에아무도없",
        "다친사람은없", "다친사람없", "다친사람도없", "다친거없", "다친건없", "다친데없", "다친덴없", "아무도안다쳤", "아무도다치지않",
        "부상자없", "부상자는없", "인명피해없", "인명피해는없",
        "사람은안다쳤", "사람안다쳤", "안다쳣", "사람다친거없", "사람다친건없", "사람안맞", "몸은멀쩡", "건강이상없",
        "nobodyinside", "noonehurt", "nobodyhurt",
    ];

    private static readonly string[] NotBefore = ["다른", "아직", "도와줄", "도와주실", "관리", "통제", "말릴", "구해줄"];

    private static readonly string[] NotAfter =
        ["는지", "을지", "나요", "도록", "게", "길", "겠", "는줄", "는것같", "는거같", "을거", "을까", "으면", "으니", "었으면", "기를",
         // "nobody inside is answering the door": someone may be inside, not answering.
         "isanswer", "answer", "isrespond", "respond", "ispicking", "picksup"];

    private static readonly HashSet<string> Lowered = ["붕괴", "붕괴·낙하물", "침수", "싱크홀·지반 침하", "감전 위험", "추락 위험", "교통사고"];

    /// <summary>
    /// True when the critical cues that count are all hazards to the people near them (collapse, water, live wires, falls, a vehicle overturned),
    /// none of their clauses says the hazard is still going on, the text does not plead, and the clause of a decisive cue
    /// or the next one states that nobody is at risk.
    /// </summary>
    public static bool Lowers(IReadOnlyList<(CueHit Hit, int Clause)> counted, IReadOnlyList<string> compacts, string document)
    {
        var critical = counted.Where(c => c.Hit.Cue.Level == Urgency.Critical).ToList();
        if (critical.Count == 0 || critical.Exists(c => c.Hit.Cue.Intent || !(Lowered.Contains(c.Hit.Cue.Category) || StuckInLift(c, compacts)))
            || critical.Exists(c => ClauseMarkers.IsOngoing(compacts[c.Clause])) || Contains(document, Pleas))
        {
            return false;
        }

        // A danger named after the saying is not settled by it (사람은 안 다쳤어요 전선에서 불꽃이 튀어요).
        bool SettlesAt(int at) => at < compacts.Count && Settles(compacts, at) && critical.TrueForAll(o => o.Clause <= at);
        return critical.Exists(c => SettlesAt(c.Clause) || SettlesAt(c.Clause + 1));
    }

    /// <summary>
    /// Someone shut in a stopped lift (엘리베이터에 갇혔어요): a rescue to send today, and a danger only with a body in
    /// trouble, which the text then names (숨이 차요, 아이가 토해요) and which stops the lowering. Never a person under
    /// something (깔렸어요, 매몰) or caught in it (끼었어요): those stay critical whatever else is said.
    /// </summary>
    private static bool StuckInLift((CueHit Hit, int Clause) cue, IReadOnlyList<string> compacts) =>
        cue.Hit.Cue.Category == "고립·갇힘" && Contains(compacts[cue.Clause], Lifts)
        && (Contains(cue.Hit.Phrase, ["갇", "stuck", "trapped"]) || Contains(cue.Hit.Phrase, Lifts));

    private static readonly string[] Lifts = ["엘리베이터", "엘베", "승강기", "elevator"];

    /// <summary>
    /// True when clause <paramref name="at"/> says nobody is at risk and nothing after the saying turns it (근데, but,
    /// 는데 …) or says something is still going on (계속 지나가요, 오고 있어요): "사람 다친 건 없는데 버스가 그쪽으로 오고
    /// 있어요" is a danger.
    /// </summary>
    private static bool Settles(IReadOnlyList<string> compacts, int at)
    {
        var end = SaidUpTo(compacts[at]);
        if (end < 0)
        {
            return false;
        }

        var rest = compacts[at][end..] + string.Concat(compacts.Skip(at + 1));
        return !Contains(rest, Turns) && !ClauseMarkers.IsOngoing(rest) && !Contains(rest, Pleas) && !Contains(rest, Exposed);
    }

    /// <summary>
    /// Children named after "nobody is hurt": they are the ones the hazard threatens next (사람은 안 다쳤어요 애들 하교시간이에요;
    /// nobody hurt, kids are walking home right by it).
    /// </summary>
    private static readonly string[] Exposed =
        ["애들", "아이가", "아이들", "애기", "어린이", "초등학생", "학생들", "하교", "등교", "kids", "children", "child", "students", "school"];

    /// <summary>Words after "nobody is hurt" that turn to someone who is at risk after all.</summary>
    private static readonly string[] Turns = [.. ClauseMarkers.Turn, "는데", "은데", "지만", "다만", "except", "still"];

    /// <summary>Words of a plea for help: a text that asks for help now is never lowered.</summary>
    private static readonly string[] Pleas = ["빨리", "급해", "긴급", "도와주", "살려", "119", "112", "help", "urgent", "please"];

    /// <summary>True when <paramref name="text"/> says nobody is at risk and then names children near the hazard.</summary>
    internal static bool NamesExposedAfterSaying(string text)
    {
        var end = SaidUpTo(text);
        return end >= 0 && Contains(text[end..], Exposed);
    }

    /// <summary>
    /// True when <paramref name="text"/> speaks of nobody being hurt or inside only as a guess, a wish, a question, "not yet"
    /// or "nobody to help" (안에 사람은 없는 것 같아요, 아직 다친 사람은 없어요): the lexicon weighed those words and kept its
    /// danger; the models read them as safe.
    /// </summary>
    internal static bool OnlyGuessed(string text) => Contains(text, Markers) && SaidUpTo(text) < 0;

    private static readonly string[] NobodyInside = ["안에사람은없", "안에는사람이없", "안에사람이없", "안에아무도없", "안엔아무도없", "안에는아무도없"];

    /// <summary>The compact text with every "nobody inside" statement taken out, for the context a cue asks for.</summary>
    internal static string WithoutNobodyInside(string text)
    {
        foreach (var phrase in NobodyInside)
        {
            text = text.Replace(phrase, string.Empty, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>
    /// True when <paramref name="text"/> says nobody is hurt and then goes on to a danger: a turn, something still going on,
    /// a plea, children, or a critical cue after the saying (사람은 안 다쳤어요 전선에서 불꽃이 튀어요; 다친 사람은 없는데 차들이
    /// 계속 지나가요). The lexicon read the reassurance and kept the danger; the models read it as safe.
    /// </summary>
    internal static bool GoesOnAfterSaying(string text, IEnumerable<int> criticalCueStarts)
    {
        var end = SaidUpTo(text);
        if (end < 0)
        {
            return false;
        }

        var rest = text[end..];
        return Contains(rest, Turns) || ClauseMarkers.IsOngoing(rest) || Contains(rest, Pleas) || Contains(rest, Exposed)
            || criticalCueStarts.Any(start => start >= end);
    }

    /// <summary>True when a compact clause states that nobody is at risk (not a question, wish, guess or "not yet").</summary>
    internal static bool Says(string clause) => SaidUpTo(clause) >= 0;

    /// <summary>Where in <paramref name="clause"/> the first statement that nobody is at risk ends, or −1.</summary>
    private static int SaidUpTo(string clause)
    {
        foreach (var marker in Markers)
        {
            for (var at = clause.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var before = clause.AsSpan(0, at);
                var after = clause.AsSpan(at + marker.Length);
                if (!EndsWithAny(before, NotBefore) && !StartsWithAny(after, NotAfter))
                {
                    return at + marker.Length;
                }
            }
        }

        return -1;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string text, string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
