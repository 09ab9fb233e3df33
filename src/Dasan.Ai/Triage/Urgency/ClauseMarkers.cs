namespace Dasan.Ai.Triage.Urgency;

/// <summary>Compact markers of tense, negation and intent read around a cue.</summary>
internal static class ClauseMarkers
{
    /// <summary>Negation or mistaken perception after the cue: 가스 냄새는 안 나요, 화재 난 줄 알았는데.</summary>
    public static readonly string[] Negation =
        ["안나", "안났", "않", "아니에요", "아니라", "아닙니다", "아니었", "없었", "괜찮", "줄알", "인줄", "확인해보니", "알고보니", "notfire", "falsealarm", "필요없",
         "아니고", "아님", "은없", "는없", "건없", "도없", "전혀", "안튀", "nobodyis", "noone", "nobodyhurt", "notstuck"];

    /// <summary>What nobody does after an English cue is no negation of it: "there's smoke under the door, no one answers".</summary>
    public static readonly string[] NobodyDoes = ["answer", "respond", "open", "come", "pick", "help", "hear", "call", "stop", "know", "see"];

    /// <summary>In the next clause, the cue turned out to be something else.</summary>
    public static readonly string[] Retraction =
        ["확인해보니", "알고보니", "줄알았", "거였어요", "거였대요", "였대요", "이었대요", "거래요", "통화됐", "연락됐", "연락됨", "찾았어요", "찾았습니다", "필요없", "취소해", "때문이었", "cancel", "notfire", "falsealarm"];

    /// <summary>
    /// Anywhere in a text, the writer says the danger is over or was never there (찾았어요, 해결됐어요, 잘못 봤어요,
    /// false alarm): the learned model may not raise such a text to critical on its own.
    /// </summary>
    public static readonly string[] Settled =
    [
        "찾았", "찾음", "해결됐", "해결되었", "복구됐", "복구되었", "다꺼졌", "불은껐", "오인", "잘못봤", "잘못알", "착각", "아니었", "아니고", "아니라",
        "였네요", "이었네요", "거였", "였대요", "이었대요", "취소", "통화됐", "연락됐", "연락됨", "무사", "괜찮아졌", "문제없", "이상없", "falsealarm", "turnedout",
        "notafire", "nofire", "wasfixed", "foundsafe", "safeandsound", "allsafe", "everyoneissafe", "issafenow", "safenow", "cancel",
        "fixedit", "nobodywashurt", "noonewashurt", "nobodygothurt", "noonegothurt", "imfinenow", "imtotallyfine", "imokaynow", "isfinenow", "arefinenow",
        "allokaynow", "allgoodnow", "everythingisfine", "wereallfine", "wasjustsleeping", "wasjustasleep", "mymistake", "nevermindmyearlier",
        "nevermindmyprevious", "nevermindmymessage", "nevermindmyreport", "noneedtosend", "noneedtocome",
    ];

    /// <summary>
    /// Anywhere in a text, a report taken back (취소, 오인, 잘못 봤어요, false alarm): the lexicon's critical cues do not
    /// count. Weaker signs of an end (찾았어요, 괜찮아요) only stop the model from raising a text (<see cref="Settled"/>).
    /// </summary>
    public static readonly string[] Withdrawn =
        ["신고취소", "취소합니다", "취소해주", "취소요", "오해였어요", "오해였습니다", "오인", "잘못봤", "잘못알았", "착각", "아니었어요", "아니었습니다", "falsealarm", "notafire", "pleasecancel"];

    /// <summary>
    /// An earlier English report taken back (never mind my earlier message): it withdraws the word rules only beside an all
    /// clear (<see cref="AllClear"/>). A follow-up that corrects an address or says it got worse uses the same words (never
    /// mind my last msg, the fire spread to 2nd floor; after a review, twenty-ninth session).
    /// </summary>
    public static readonly string[] EnglishTakenBack =
        ["nevermindmyearlier", "nevermindmyprevious", "nevermindmylast", "nevermindmymessage", "nevermindmyreport", "nevermindabout", "pleaseignore",
         "disregardmy", "ignoremyearlier", "sorrymymistake", "mymistakesorry"];

    /// <summary>An English all clear beside a report taken back: it is fixed, everyone is fine, it was only something else.</summary>
    public static readonly string[] AllClear =
        ["fixed", "isfine", "arefine", "allfine", "everyonesfine", "okaynow", "oknow", "safenow", "nothingwrong", "wasjust", "itwasthe", "turnedout", "falsealarm"];

    /// <summary>
    /// Nobody there (빈 집, 사람은 없어요): the models read it as safe, but a fire or a gas leak in an empty place still spreads,
    /// so beside a fire or gas cue it bars their veto.
    /// </summary>
    public static readonly string[] NobodyThere =
        ["안에사람은없", "안에아무도없", "안엔아무도없", "집에아무도없", "빈집", "빈건물", "빈창고", "빈가게", "빈방", "빈사무실", "공실", "nobodyinside", "nobodyhome", "empty"];

    /// <summary>A call for help to come now (빨리 와 주세요, 살려 주세요, 119): beside a critical cue the models may not veto it.</summary>
    /// <summary>A wish to die said as a joke or a figure of speech (죽고 싶음 ㅋㅋ 농담, 죽고 싶을 만큼 피곤).</summary>
    public static readonly string[] Jest = ["ㅋㅋ", "ㅎㅎ", "농담", "장난", "만큼", "정도로", "lol", "jk", "kidding"];

    public static readonly string[] Summons = ["빨리와", "빨리좀와", "빨리출동", "얼른와", "당장와", "살려주", "살려줘", "119", "112", "sendhelp", "callanambulance", "sendsomeone"];

    /// <summary>A fire said to be spreading (불길이 천장까지, 옆집으로 번지고 있어요): beside a fire cue the models may not veto it.</summary>
    public static readonly string[] Spreading =
        ["번지고", "번지는", "번져", "번졌", "옮겨붙", "옮겨가", "천장까지", "치솟", "불길이커", "불길이세", "spreading", "spreadto"];

    /// <summary>Smells and smoke that people say take their breath away (숨 막혀요, 숨을 못 쉬겠어요) as a complaint.</summary>
    public static readonly string[] Smell = ["냄새", "악취", "매연", "담배", "smell", "stink"];

    /// <summary>"Now" said of a recovery (작년에 쓰러지셨다가 지금은 완전히 회복하셨어요): the clause is over, not ongoing.</summary>
    public static readonly string[] RecoveredNow =
        ["지금은회복", "지금은완전히회복", "지금은다나", "지금은완전히나", "지금은건강", "지금은괜찮", "지금은멀쩡", "nowfullyrecovered", "nowrecovered"];

    /// <summary>Right before a cue: it is happening again, or today (지난달에 금 간 옹벽이 오늘 무너졌어요).</summary>
    public static readonly string[] AgainOrToday = ["또", "다시", "오늘", "again", "today"];

    /// <summary>After a negation: the writer turns to what is still wrong (but, 근데, 하지만).</summary>
    public static readonly string[] Turn = ["but", "근데", "그런데", "하지만", "그러나"];

    /// <summary>Something happening now or still going on (English "now" is read by <see cref="IsOngoing"/>, not here).</summary>
    public static readonly string[] Ongoing =
        ["지금", "현재", "방금", "계속", "고있", "고계", "하는중", "중이에요", "중입니다", "당장", "실시간", "부터", "부텀", "rightnow", "sincelast", "sinceyesterday", "sincethis", "sincemorning",
         "fromyesterday", "fromlastnight", "getting", "keeps", "today", "tonight", "atmydoor", "outsidemydoor", "tryingto",
         // "still" of a danger going on (he is still unconscious), not of a cause still unknown after a fire last week.
         "stillunconscious", "stillnot", "stillmissing", "stillbleeding", "stilltrapped", "stillstuck", "stillinside", "stillburning", "stillsmoking",
         "stillcoming", "stillwont", "stillcant", "stillhasnt", "stillhavent", "stillisnt", "stilldoesnt", "stillrising", "stillspreading", "stillfollowing",
         "stilloutside", "stillunder", "stilllying", "stillhere", "stillhitting", "stillshaking", "hasnt", "havent", "hasnot", "havenot", "notyet"];

    /// <summary>
    /// True when the compact clause (no spaces, lower case) says something is happening now or still going on. The
    /// compact text has lost its word boundaries, so "now" counts unless it is the end of know, known or snow (but
    /// "is now" stays), or the start of nowhere.
    /// </summary>
    public static bool IsOngoing(ReadOnlySpan<char> compact)
    {
        foreach (var marker in Ongoing)
        {
            if (compact.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var at = compact.IndexOf("now", StringComparison.Ordinal); at >= 0; at = NextNow(compact, at))
        {
            var before = at > 0 ? compact[at - 1] : ' ';
            var inKnowOrSnow = before == 'k' || (before == 's' && !(at > 1 && compact[at - 2] == 'i'));
            if (!inKnowOrSnow && !compact[at..].StartsWith("nowhere", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextNow(ReadOnlySpan<char> compact, int at) =>
        compact[(at + 1)..].IndexOf("now", StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1;

    private static readonly System.Text.RegularExpressions.Regex Progressive = new(
        @"\b(?:is|are|am|im|i'm|it's|its|he's|she's|they're|we're|keeps?)\s+(?:(?:not|still|now|also|just|really)\s+)?([a-z]{2,}ing)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(200));

    private static readonly HashSet<string> NounsInIng =
        ["nothing", "something", "anything", "everything", "morning", "evening", "building", "ceiling", "parking", "meeting", "wedding", "during",
         "spring", "string", "swing", "thing", "king", "ring", "warning", "training", "housing", "crossing", "opening", "painting", "heating", "lighting",
         "wiring", "plumbing", "shopping", "booking", "clothing", "pudding", "railing", "landing", "boring", "amazing", "interesting", "annoying"];

    /// <summary>
    /// English said as going on (ADR 0108, twenty-ninth session, after a review): "is lying on the floor", "is banging on my
    /// door", "is still not moving", "its freezing". A past time in the same clause (the man who attacked me last week is
    /// banging on my door) does not make such a danger over. Read on the clause with its spaces, which the compact text lost.
    /// </summary>
    public static bool IsEnglishProgressive(string clause)
    {
        if (!clause.Contains("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (System.Text.RegularExpressions.Match match in Progressive.Matches(clause))
        {
            if (!NounsInIng.Contains(match.Groups[1].Value.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Signs of fire or gas a call note lists together before saying they are absent (연기·불꽃 없음).</summary>
    public static readonly string[] FireSigns = ["연기", "불꽃", "화염", "불길", "스파크", "냄새", "가스냄새", "타는냄새", "및", "이나", "나", "도", "등"];

    /// <summary>English negation right before a cue, the compact text ending in it: "no fire", "nobody is stuck", "nothing
    /// is burning", "she is not missing". English puts its negation first; Korean puts it after the cue (<see cref="Negation"/>).</summary>
    public static readonly string[] NegationBefore = ["no", "not", "nothingis", "nothings", "nothingseemedtobe", "nothingseemstobe", "nothingwas", "nobodyis", "nobodys", "noone", "nooneis", "noones", "noneis", "isnt", "wasnt", "arent", "never"];

    /// <summary>A hazard about to hurt someone (spaces removed): 차가 빠질 것 같아요, 담이 무너질 것 같아요.</summary>
    public static readonly string[] Imminent =
        ["빠질것같", "무너질것같", "넘어질것같", "쓰러질것같", "떨어질것같", "터질것같", "덮칠것같", "무너지려", "쓰러지려", "넘어지려", "떨어지려", "터지려",
         "무너질듯", "넘어질듯", "쓰러질듯", "떨어질듯", "덮칠듯", "무너질라", "넘어질라", "쓰러질라", "떨어질라",
         "빠질거같", "무너질거같", "넘어질거같", "쓰러질거같", "떨어질거같", "터질거같", "넘어갈것같", "넘어갈거같"];

    public static readonly string[] Pleading =
        ["빨리", "급해", "긴급", "도와주", "살려", "119", "112", "아직", "며칠째", "째", "help", "urgent", "please"];

    /// <summary>A past frame: the event is over.</summary>
    public static readonly string[] Past =
    [
        "어제", "그제", "그저께", "엊그제", "지난주", "지난달", "지난번", "지난해", "지난밤", "지난여름", "지난겨울",
        "지난폭우", "지난태풍", "지난장마", "작년", "재작년", "예전", "옛날", "당시", "었었", "았었", "였었", "났었", "이후",
        "됐었", "있었", "었던", "았던", "였던", "났던", "했던", "됐던", "생겼던", "을때", "lastyear", "lastwinter", "lastsummer", "lastspring", "lastautumn",
        // English times that are over (ADR 0108, twenty-ninth session); "since yesterday" and "from last night" are ongoing.
        "yesterday", "lastweek", "lastmonth", "lastnight", "lastmonday", "lasttuesday", "lastwednesday", "lastthursday", "lastfriday", "lastsaturday",
        "lastsunday", "weeksago", "aweekago", "monthsago", "amonthago", "yearsago", "ayearago", "injanuary", "infebruary", "inmarch", "inapril",
        "injune", "injuly", "inaugust", "inseptember", "inoctober", "innovember", "indecember",
    ];

    /// <summary>Prevention, policy, compensation, information, news and play: talk about a hazard, not a hazard.</summary>
    public static readonly string[] Talk =
    [
        "예방", "대책", "대비", "교육", "보상", "보험", "문의", "훈련", "점검", "신청", "지원", "일정", "방법",
        "알려주", "궁금", "결과", "이력", "조회", "예산", "캠페인", "개정", "처벌", "건의", "공모", "추모", "뉴스",
        "기사를", "기사에", "기사봤", "영화", "촬영", "게임", "포스터", "봉사", "감지기", "대피소", "지도", "현수막",
        "언론", "상영", "전시", "안전진단", "우려", "정책", "프로그램", "관련", "공개", "보수", "안내", "예정", "정기",
        "다음주", "다음달", "걱정", "인지확인", "라디오", "사연", "드라마", "소설", "웹툰", "유튜브", "연습", "모의", "가짜", "장면", "구우면", "굽는", "구워서", "굽다", "모기향", "향을피", "담배", "수증기", "증기", "steam", "농담", "ㅋㅋ", "lol", "체험", "낙서", "보험금", "다큐", "오인", "연출", "그림", "벽화",
        "class", "safety", "drill", "apply", "compensation", "insurance", "howdoi", "howto", "news", "movie", "game",
        "prevention", "training", "graffiti", "drama", "radio",
        // English talk about a hazard: a video or a show, a smoker, an inspection, a question for the future (ADR 0108, twenty-ninth
        // session). Not "what should I do" alone: writers in danger ask it (my baby swallowed a battery what should I do).
        // Narrow on purpose: not "video" (a video call with my mother who just collapsed), "cigarette" (a cigarette set the
        // grass burning), "first aid" (I gave him first aid but he is not breathing), "if there" (if there is anyone near,
        // a man collapsed), "learn" (I just learned my son is missing), "curious" (my curious toddler swallowed a battery).
        // After a review, neither "what to do if" (choking on rice cake what to do if the heimlich dont work), "smokes" (black
        // smokes from the basement), vape (the vape shop is on fire), staging, "in a real" (a real estate office), the
        // symptoms (face drooping, what are the symptoms of stroke?) nor an emergency alert (water up to our knees after it).
        "videoabout", "videoof", "sawavideo", "watchedavideo", "sentmeavideo", "oldvideo", "netflix", "documentary", "article", "koreaherald", "koreatimes",
        "scenes", "filmcrew", "ireadin", "ireadabout", "hesmokes", "shesmokes", "neighboursmokes", "neighborsmokes", "whosmokes", "smoker", "inspection",
        "incaseof", "justincase", "iftherewas", "ifthereisafire", "ifthereever", "ifthereweretobe", "ifever", "forthefuture", "inthefuture", "infuture",
        "justasking", "justcurious", "learnfirstaid", "firstaidclass", "firstaidcourse", "firstaidtraining", "statistics", "smokingarea", "smokingzone",
        "inarealfire", "inarealemergency",
        // A hazard as a condition or a thing to prevent, in policy's own phrasing (심정지 환자가 발생했을 시, 재발 방지 대책, 골든타임
        // 확보; ADR 0108). Not 발생 시 (화재 발생 시각 14:05, 인명 구조 요청), 할 경우 (쓰러지셨는데 숨이 멎을 경우 어떻게 해요),
        // 방지 alone (추락 방지 난간 넘어 아이가 매달려 있어요) or 골든타임 alone (심정지 골든타임 4분이에요 빨리요).
        "발생했을시", "재발방지", "방지대책", "방지책", "골든타임확보",
    ];
}
