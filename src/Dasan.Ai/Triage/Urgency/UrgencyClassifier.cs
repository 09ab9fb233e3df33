using Dasan.Korean.Normalization;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Rule-based urgency of a citizen request, clause by clause: a hazard cue counts unless it is
/// negated (가스 냄새는 안 나요), retracted (화재 난 줄 알았는데), or talked about rather than
/// happening — a past frame (어제, 작년, -었던) or prevention, policy, compensation, news or play
/// (예방, 대책, 보상, 문의, 게임) — with no ongoing marker (지금, 계속, -고 있) in the clause.
/// Thread-safe; create once and share.
/// </summary>
public sealed class UrgencyClassifier
{
    private static readonly ClauseCueMatcher Matcher = new([.. CriticalCues.All, .. EnglishCues.All, .. HighCues.All, NeutralPhrases.Cue]);

    private readonly TextNormalizer _normalizer = new();
    private readonly bool _useModel;
    private readonly UrgencyScorer? _model;
    private readonly UrgencyScorer? _foreign;

    /// <summary>The lexicon, and (by default) the learned model of <see cref="UrgencyModel"/> beside it.</summary>
    public UrgencyClassifier(bool useModel = true) => _useModel = useModel;

    /// <summary>The lexicon with given models (evaluation of models trained on other sentences); <paramref name="foreign"/>
    /// reads texts mostly not in Hangul (<paramref name="model"/> when null).</summary>
    public UrgencyClassifier(UrgencyScorer model, UrgencyScorer? foreign = null)
    {
        _useModel = true;
        _model = model;
        _foreign = foreign;
    }

    /// <summary>
    /// When true, a text whose critical cue the lexicon found and judged negated, past or talk needs
    /// <see cref="PromoteFramedAt"/> for the model to raise it (the lexicon read the frame; the model only reads words).
    /// </summary>
    public bool TrustLexiconFrames { get; init; } = true;

    /// <summary>See <see cref="UrgencyArbiter.PromoteAt"/>; settable for evaluation runs.</summary>
    public double PromoteAt { get; init; } = UrgencyArbiter.PromoteAt;

    /// <summary>See <see cref="UrgencyArbiter.VetoBelow"/>; settable for evaluation runs.</summary>
    public double VetoBelow { get; init; } = UrgencyArbiter.VetoBelow;

    /// <summary>See <see cref="UrgencyArbiter.PromoteHighAt"/>; settable for evaluation runs.</summary>
    public double PromoteHighAt { get; init; } = UrgencyArbiter.PromoteHighAt;

    /// <summary>See <see cref="UrgencyArbiter.PromoteFramedAt"/>; settable for evaluation runs.</summary>
    public double PromoteFramedAt { get; init; } = UrgencyArbiter.PromoteFramedAt;

    /// <summary>When true (the default), a text that says the hazard is about to hurt (차가 빠질 것 같아요, 무너지려고 해요) is
    /// never vetoed: the models read such texts as worry (ADR 0109). Settable for evaluation runs.</summary>
    public bool ImminentHarmBarsVeto { get; init; } = true;

    /// <summary>See <see cref="UrgencyArbiter.PromoteEitherAt"/>; settable for evaluation runs.</summary>
    public double PromoteEitherAt { get; init; } = UrgencyArbiter.PromoteEitherAt;

    /// <summary>See <see cref="UrgencyArbiter.PromotePastAt"/>; settable for evaluation runs.</summary>
    public double PromotePastAt { get; init; } = UrgencyArbiter.PromotePastAt;

    /// <summary>See <see cref="UrgencyArbiter.PromoteFirmAt"/>; settable for evaluation runs.</summary>
    public double PromoteFirmAt { get; init; } = UrgencyArbiter.PromoteFirmAt;

    /// <summary>Assesses a request given as title and body.</summary>
    public UrgencyAssessment Assess(string? title, string? body) => Assess($"{title}\n{body}");

    /// <summary>Assesses one text (plain or HTML).</summary>
    public UrgencyAssessment Assess(string text)
    {
        var (lexicon, inputs) = Read(text);
        return inputs is { } i ? UrgencyArbiter.Decide(lexicon, i.Reading, i.Over, i.Framed, i.VetoBarred, i.Thresholds, i.Fragment) : lexicon;
    }

    /// <summary>The lexicon's reading of a text and, with models, what the arbiter weighs (evaluation runs study these).</summary>
    internal (UrgencyAssessment Lexicon, UrgencyArbiterInputs? Inputs) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = ClauseSplitter.Split(_normalizer.Normalize(text).Text);
        var compacts = clauses.Select(ClauseSplitter.Compact).ToList();
        var document = string.Concat(compacts);
        // "안에 사람은 없어요" is no one inside: it must not supply the 안에 a cue's context asks for (엘리베이터 멈췄어요).
        var context = NobodyAtRisk.WithoutNobodyInside(document);
        var judged = new List<(CueHit Hit, int Clause, bool Counts)>();
        for (var i = 0; i < compacts.Count; i++)
        {
            var next = i + 1 < compacts.Count ? compacts[i + 1] : string.Empty;
            List<int>? relativeEnds = null; // found once per clause, and only for a clause with a cue
            // A cue whose context is missing from the whole text (연기 without 살려, 대피 …) is no mention at all.
            foreach (var hit in Matcher.Match(compacts[i]).Where(h => h.Cue.Level != Urgency.Normal
                && (h.Cue.DocumentContext is null || ContainsAny(context, h.Cue.DocumentContext))))
            {
                relativeEnds ??= ClauseSplitter.RelativeClauseEnds(clauses[i]);
                judged.Add((hit, i, Counts(hit, compacts[i], next, context, relativeEnds, ClauseMarkers.IsEnglishProgressive(clauses[i]))));
            }
        }

        var withdrawn = ContainsAny(document, ClauseMarkers.Withdrawn)
            || (ContainsAny(document, ClauseMarkers.EnglishTakenBack) && ContainsAny(document, ClauseMarkers.AllClear));
        var counted = judged.Where(j => j.Counts && !(withdrawn && !j.Hit.Cue.Intent) && !YieldsToOtherMentions(j.Hit, j.Clause, judged, compacts))
            .Select(j => (j.Hit, j.Clause))
            .ToList();
        var silenced = judged.Where(j => !counted.Contains((j.Hit, j.Clause))).Select(j => j.Hit).FirstOrDefault();
        var lowered = NobodyAtRisk.Lowers(counted, compacts, document);
        var lexicon = Decide(counted, silenced, clauses, compacts, document, lowered);
        if (!_useModel || (_model ?? UrgencyModel.Instance) is not { } model)
        {
            return (lexicon, null);
        }

        // Said to be over (찾았어요, 불은 껐어요): never raised. Told only in the past (있었어요, 어제) with nothing ongoing:
        // Korean tells what happened a minute ago in the past tense, so the models may raise it, at a higher bar.
        // A marker of an end that is negated, a worry or turned (불은 껐는데 아이가 연기를 마셨어요) is read as the past.
        var over = SaidOver.Holds(document);
        var past = !over && ((ToldInThePast(document) && !clauses.Exists(ClauseMarkers.IsEnglishProgressive)) || ContainsAny(document, ClauseMarkers.Settled))
            ? PromotePastAt : 0;
        // The lexicon found a critical cue and read every one as negated, past or talk.
        var framed = TrustLexiconFrames && !counted.Exists(c => c.Hit.Cue.Level == Urgency.Critical) && judged.Exists(j => j.Hit.Cue.Level == Urgency.Critical);
        // Illegal burning, or a hazard lowered because nobody is at risk: the model must be all but sure to raise it.
        var firm = lexicon.Level == Urgency.High && (counted.Exists(c => c.Hit.Cue.Firm) || lowered);
        var foreign = UrgencyModel.IsForeign(text);
        var vetoBarred = VetoBarred(lexicon, counted, compacts, document, foreign);
        var thresholds = new UrgencyThresholds(Math.Max(PromoteAt, past), VetoBelow, Math.Max(firm ? Math.Max(PromoteHighAt, PromoteFirmAt) : PromoteHighAt, past),
            Math.Max(PromoteFramedAt, past), firm ? double.PositiveInfinity : PromoteEitherAt);
        // A few letters and no danger word at all (12345, 홍길동입니다, 3층, 472번 기사님이 불친절해요): the models read such
        // fragments with false certainty, so they may raise it to high (staff see it first) but not page the duty desk.
        var fragment = judged.Count == 0 && text.Count(char.IsLetter) < UrgencyArbiter.ModelReadsFromLetters;
        // English and other scripts are read by the models trained on them (ADR 0108).
        var reader = !foreign ? model : (_model is null ? UrgencyModel.ForeignInstance : _foreign) ?? model;
        return (lexicon, new UrgencyArbiterInputs(reader.Read(text), over, framed, vetoBarred, thresholds, fragment));
    }

    /// <summary>
    /// When the models may not lower a lexicon critical. They have read little but Korean: not a text written mostly in
    /// another script, nor a long one, whose danger their averaged features dilute, nor one that says the hazard is about
    /// to hurt (떨어질 것 같아요, 곧 떨어질 듯). Nor one whose "nobody is hurt" the lexicon weighed and kept the danger (only
    /// guessed, or followed by a turn, children or another danger): the models read "nobody" as safe. A fire or gas leak in
    /// an empty place still spreads, and so does a fire said to (불길이 천장까지, 번지고 있어요); a writer calling for help now
    /// is heard; a person's body in danger (경련, 의식이 없, 숨을 안 쉬) is rarely a figure of speech, though 질식 often is
    /// (질식할 정체), and so is breath beside a smell (하수구 냄새 때문에 숨을 못 쉬겠어요). A wish to die (죽고 싶어요) not said as a
    /// joke or a figure (ㅋㅋ, 농담, 만큼) is heard: the training writers put it in harmless texts only, so the models read it as one.
    /// </summary>
    private bool VetoBarred(UrgencyAssessment lexicon, List<(CueHit Hit, int Clause)> counted, List<string> compacts, string document, bool foreign)
    {
        var critical = lexicon.Level == Urgency.Critical;
        var bodyInDanger = counted.Exists(c => c.Hit.Cue.Category is "응급 환자" && !c.Hit.Phrase.Contains("질식", StringComparison.Ordinal)
            && !(c.Hit.Phrase.Contains('숨') && ContainsAny(document, ClauseMarkers.Smell)));
        return counted.Exists(c => c.Hit.Cue.Intent) || bodyInDanger || foreign || document.Length > UrgencyArbiter.VetoReadsUpTo
            || (ImminentHarmBarsVeto && ContainsAny(document, ClauseMarkers.Imminent))
            || (critical && (NobodyAtRisk.OnlyGuessed(document) || NobodyAtRisk.GoesOnAfterSaying(document, CriticalCueStarts(counted, compacts))))
            || (counted.Exists(c => c.Hit.Cue.Category is "화재" or "가스 누출") && ContainsAny(document, ClauseMarkers.NobodyThere))
            || (counted.Exists(c => c.Hit.Cue.Category is "화재") && ContainsAny(document, ClauseMarkers.Spreading))
            || (critical && ContainsAny(document, ClauseMarkers.Summons))
            || (counted.Exists(c => c.Hit.Cue.Category is "자살·자해 위험" && c.Hit.Phrase.Contains("죽고싶", StringComparison.Ordinal))
                && !ContainsAny(document, ClauseMarkers.Jest))
            || counted.Exists(c => SwallowedOrUnreachable(c.Hit, document));
    }

    /// <summary>
    /// A child who swallowed or drank something harmful (단추형 건전지를 삼켰어요), or an elder nobody has reached for a day or
    /// more (이틀째 전화를 안 받으세요): told without a word the models know as danger, they read it as everyday (4 % and 5 %
    /// leaving one writer out). Not 아이스티 or 껌 (아이스티를 마셨어요), nor an unanswered call this minute.
    /// </summary>
    private static bool SwallowedOrUnreachable(CueHit hit, string document) =>
        (hit.Cue.Category is "아동 위험" && (hit.Phrase.Contains("삼켰", StringComparison.Ordinal) || hit.Phrase.Contains("마셨", StringComparison.Ordinal))
            && ContainsAny(document, Harmful))
        || (hit.Cue.Category is "어르신 위험" && (hit.Phrase.Contains("연락", StringComparison.Ordinal) || hit.Phrase.Contains("전화", StringComparison.Ordinal)
            || hit.Phrase.Contains("응답", StringComparison.Ordinal)) && ContainsAny(document, DaysGone));

    private static readonly string[] Harmful =
        ["건전지", "배터리", "자석", "세제", "락스", "표백제", "농약", "살충제", "쥐약", "약을", "알약", "수면제", "진통제", "혈압약", "동전", "구슬", "부동액", "담배", "캡슐", "석유", "등유"];

    private static readonly string[] DaysGone = ["이틀", "사흘", "나흘", "며칠", "일주일", "어제부터", "그제부터", "째"];

    /// <summary>Where each counted critical cue starts in the whole compact text (the clauses joined).</summary>
    private static IEnumerable<int> CriticalCueStarts(List<(CueHit Hit, int Clause)> counted, List<string> compacts) =>
        counted.Where(c => c.Hit.Cue.Level == Urgency.Critical).Select(c => compacts.Take(c.Clause).Sum(x => x.Length) + c.Hit.Start);

    /// <summary>
    /// A bare mention (a title such as 정전 후 or 붕괴 기사) takes the frame of the other clauses that
    /// name the same hazard: when all of them are past or talk, so is the bare one.
    /// </summary>
    private static bool YieldsToOtherMentions(CueHit hit, int clause, List<(CueHit Hit, int Clause, bool Counts)> judged, List<string> compacts)
    {
        if (hit.Cue.Intent || ClauseMarkers.IsOngoing(compacts[clause]) || ClauseTense.SaidInThePresent(compacts[clause]))
        {
            return false;
        }

        var others = judged.Where(j => j.Clause != clause && j.Hit.Cue.Category == hit.Cue.Category).ToList();
        return others.Count > 0 && others.TrueForAll(o => !o.Counts);
    }

    private static bool Counts(CueHit hit, string clause, string next, string context, List<int> relativeEnds, bool progressive)
    {
        var cue = hit.Cue;
        if (cue.DocumentContext is not null && !ContainsAny(context, cue.DocumentContext))
        {
            return false;
        }

        // 또 / 다시 / 오늘 right before the cue: it is happening again, now (작년에 쓰러졌던 아버지가 또 쓰러지셨어요).
        // 지금은 회복하셨어요 says how it is now, and it is over: no ongoing marker.
        var ongoing = progressive || (ClauseMarkers.IsOngoing(clause) && !ContainsAny(clause, ClauseMarkers.RecoveredNow))
            || ClauseMarkers.AgainOrToday.Any(a => clause.AsSpan(0, hit.Start).EndsWith(a, StringComparison.Ordinal));
        if (cue.NeedsOngoing && !ongoing)
        {
            return false;
        }

        if (Negated(clause.AsSpan(hit.End)) || NegatedBefore(hit, clause) || SaidAbsent(hit, clause.AsSpan(hit.End)) || ContainsAny(next, ClauseMarkers.Retraction))
        {
            return false;
        }

        // A relative clause that ends before the cue frames its own noun, not the cue: 어제 놀았던 놀이터 옆 하천에 빠졌어요,
        // 불조심 캠페인 했던 건물에서 불이 났어요. The cue's own -던 (예전에 물에 빠졌던 곳) still makes it past.
        var frame = clause.AsSpan(relativeEnds.Where(e => e <= hit.Start).DefaultIfEmpty(0).Max());
        var talkedAbout = ContainsAny(frame, ClauseMarkers.Past) || ClauseTense.PastRelative(frame) || ContainsAny(frame, ClauseMarkers.Talk);
        return ongoing || cue.Intent || !talkedAbout;
    }

    /// <summary>
    /// A fire or gas sign listed as absent, as call notes write it: 불꽃 없음, 연기·불꽃 없음, 가스냄새 없어요. Only for these
    /// categories: for a body, absence is the danger (의식 없음, 맥박 없음).
    /// </summary>
    private static bool SaidAbsent(CueHit hit, ReadOnlySpan<char> after)
    {
        if (hit.Cue.Category is not ("화재" or "가스 누출"))
        {
            return false;
        }

        var rest = after;
        for (var listed = true; listed;)
        {
            listed = false;
            foreach (var sign in ClauseMarkers.FireSigns)
            {
                if (rest.StartsWith(sign, StringComparison.Ordinal))
                {
                    rest = rest[sign.Length..];
                    listed = true;
                }
            }
        }

        return rest.StartsWith("없", StringComparison.Ordinal) && !ContainsAny(rest, ClauseMarkers.Turn);
    }

    /// <summary>An English cue right after an English negation (no fire, nobody is stuck); not when the text turns after it.</summary>
    private static bool NegatedBefore(CueHit hit, string clause) =>
        hit.Phrase.Length > 0 && char.IsAsciiLetter(hit.Phrase[0])
        && ClauseMarkers.NegationBefore.Any(n => clause.AsSpan(0, hit.Start).EndsWith(n, StringComparison.Ordinal))
        && !ContainsAny(clause.AsSpan(hit.End), ClauseMarkers.Turn);

    /// <summary>
    /// True when the text after a cue negates it (가스 냄새는 안 나요, nobody hurt) and does not then turn (but, 근데,
    /// 하지만): "no one hurt but cars are still driving toward it" still counts.
    /// </summary>
    private static bool Negated(ReadOnlySpan<char> after)
    {
        if (NobodyAtRisk.NamesExposedAfterSaying(after.ToString()))
        {
            return false; // nobody hurt, but the school lets out in ten minutes
        }

        foreach (var marker in ClauseMarkers.Negation)
        {
            var at = after.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && !ContainsAny(after[(at + marker.Length)..], ClauseMarkers.Turn) && !NobodyDoes(after[(at + marker.Length)..], marker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"no one" or "nobody" followed by what nobody does (no one answers, nobody comes): the cue before it stands.</summary>
    private static bool NobodyDoes(ReadOnlySpan<char> rest, string marker)
    {
        if (marker is not ("noone" or "nobodyis"))
        {
            return false;
        }

        foreach (var verb in ClauseMarkers.NobodyDoes)
        {
            if (rest.StartsWith(verb, StringComparison.Ordinal) || (rest.StartsWith("is", StringComparison.Ordinal) && rest[2..].StartsWith(verb, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static UrgencyAssessment Decide(
        List<(CueHit Hit, int Clause)> counted, CueHit? silenced, List<string> clauses, List<string> compacts, string document, bool lowered)
    {
        if (counted.Count == 0)
        {
            return silenced is null
                ? new UrgencyAssessment(Urgency.Normal, null, [], 0.85)
                : new UrgencyAssessment(Urgency.Normal, $"{silenced.Cue.Category} 언급은 있으나 과거·예방·문의·부정 맥락", [], 0.6);
        }

        var level = counted.Max(c => c.Hit.Cue.Level);
        var decisive = counted.Where(c => c.Hit.Cue.Level == level).ToList();
        var (first, clause) = decisive[0];
        var confidence = 0.7;
        if (decisive.Exists(d => ClauseMarkers.IsOngoing(compacts[d.Clause])))
        {
            confidence += 0.15;
        }

        if (ContainsAny(document, ClauseMarkers.Pleading))
        {
            confidence += 0.05;
        }

        if (decisive.Count > 1)
        {
            confidence += 0.05;
        }

        var cues = decisive.Select(d => d.Hit.Phrase).Distinct().ToList();
        if (lowered)
        {
            return new UrgencyAssessment(Urgency.High, $"{first.Cue.Category}: {clauses[clause]} (다친 사람·위험에 처한 사람 없음)", cues, 0.6);
        }

        return new UrgencyAssessment(level, $"{first.Cue.Category}: {clauses[clause]}", cues, Math.Min(confidence, 0.97));
    }

    /// <summary>
    /// True when the text says its danger is over or was never there, or speaks only of the past (nothing ongoing).
    /// </summary>
    public bool DescribesSettledEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = string.Concat(ClauseSplitter.Split(_normalizer.Normalize(text).Text).Select(ClauseSplitter.Compact));
        return IsSettled(document);
    }

    private static bool IsSettled(string document) => SaidOver.Holds(document) || ToldInThePast(document);

    private static bool ToldInThePast(string document) => ContainsAny(document, ClauseMarkers.Past) && !ClauseMarkers.IsOngoing(document);

    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> markers)
    {
        foreach (var marker in markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, IReadOnlyList<string> markers) => ContainsAny(text.AsSpan(), markers);
}
