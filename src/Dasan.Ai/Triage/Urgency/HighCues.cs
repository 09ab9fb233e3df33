namespace Dasan.Ai.Triage.Urgency;

/// <summary>Cues of health hazards and outages. Phrases are compact: lower case, no spaces.</summary>
internal static class HighCues
{
    private const Urgency H = Urgency.High;

    private static readonly string[] Vulnerable =
        ["어르신", "노인", "독거", "쪽방", "할머니", "할아버지", "장애", "휠체어", "거동", "임산부", "아기", "환자", "elderly", "disabled", "grandmother", "grandfather", "grandma", "grandpa"];

    private static readonly string[] Rain = ["폭우", "장마", "호우", "태풍", "비가많이", "비온다", "비가온다", "비소식"];

    public static IReadOnlyList<UrgencyCue> All { get; } =
    [
        UrgencyCue.Any(H, "단수", "단수", "물이안나", "수돗물이안", "nowater", "wateroutage"),
        UrgencyCue.All(H, "단수", ["수도관"], ["터", "파열"]),
        UrgencyCue.Any(H, "정전", "정전", "전기가나가", "전기가끊", "poweroutage", "blackout"),
        UrgencyCue.Any(H, "가스 공급 중단", "가스공급", "가스가안나", "가스가끊"),
        new UrgencyCue(H, "승강기 고장", [["엘리베이터", "엘베", "승강기", "리프트", "elevator"], ["고장", "멈춰", "멈췄", "안움직", "broken"]], Vulnerable),
        UrgencyCue.Any(H, "악취", "악취", "냄새가너무심", "냄새가심", "구역질", "분뇨", "stench"),
        UrgencyCue.Any(H, "식중독·감염병", "식중독", "배탈", "설사", "구토", "토했", "노로바이러스", "장염", "foodpoisoning"),
        UrgencyCue.Any(H, "위생 해충", "쥐가", "쥐떼", "들끓", "바퀴벌레", "빈대", "해충", "유충", "구더기"),
        UrgencyCue.All(H, "쉼터 운영 중단", ["쉼터"], ["닫", "잠겨", "운영을안", "운영안", "고장", "문을안"]),
        new UrgencyCue(H, "폭염·한파 취약계층", [["폭염", "무더위", "한파", "혹한", "영하"]], Vulnerable),
        UrgencyCue.All(H, "누수·누전", ["누수", "물이새", "물이흘", "젖어"], ["두꺼비집", "콘센트", "분전반", "전기", "전등"]),
        UrgencyCue.Any(H, "누수·누전", "누전", "전기가통"),
        UrgencyCue.All(H, "난방 중단", ["보일러", "난방", "온수"], ["고장", "끊", "안돼", "안되", "안된", "중단", "멈췄", "안나와"]),
        UrgencyCue.Any(H, "도로 결빙", "결빙", "얼어서", "빙판", "미끄러", "제설"),
        new UrgencyCue(H, "빗물받이 막힘", [["빗물받이"], ["막혀", "막힘", "막혔"]], Rain),
        UrgencyCue.Any(H, "유해물질", "유해물질", "폐수", "화학물질", "기름유출", "유독", "오염", "이물질", "녹물", "석면", "비산먼지", "인화물질", "화재위험"),
        // 태우다 also means giving someone a ride (승합차에 태우고): burning needs something burnt or its smoke in the text.
        UrgencyCue.Any(H, "불법 소각", "소각") with { Firm = true },
        new UrgencyCue(H, "불법 소각", [["태워서", "태우는", "태우고", "태워요", "태우세요", "태웠"]], Firm: true,
            DocumentContext: ["연기", "냄새", "비닐", "쓰레기", "폐기물", "폐목", "타이어", "드럼통", "낙엽", "그을", "매캐", "불꽃", "불씨", "불을", "불이", "불길", "smoke"]),
        UrgencyCue.Any(H, "오수·역류", "역류", "오수", "오물", "정화조가넘"),
        UrgencyCue.All(H, "맨홀 위험", ["맨홀"], ["없", "열려", "빠져", "빠졌", "튕겨", "사라"]),
        UrgencyCue.All(H, "신호등 고장", ["신호등", "신호기"], ["고장", "꺼져", "안들어와"]),
        UrgencyCue.Any(H, "도로 위험", "포트홀", "들개", "가로수가쓰러", "나무가쓰러", "곰팡이"),
        // Lesser hazards the models read as danger (ADR 0108): named, they need the models' higher bar for a lexicon high.
        UrgencyCue.Any(H, "벌집·말벌", "말벌", "벌집", "벌떼", "벌들이", "벌이", "땅벌", "hornet", "wasp", "beehive"),
        UrgencyCue.All(H, "난간·안전시설 파손", ["난간", "손잡이", "안전펜스", "안전망", "펜스", "가림막", "그물망", "railing", "handrail", "fence"],
            ["파손", "부서", "빠져", "떨어져나", "찢어", "쓰러", "없어", "뜯겨", "삭아", "흔들흔들", "broken", "missing", "loose", "wobbl"]),
        UrgencyCue.All(H, "전기설비 노출", ["배전함", "분전함", "점검구", "전선이보", "전선이다보", "전선이드러", "cabinet"], ["열려", "열린", "보여", "보입", "드러", "깨져", "open"]),
        UrgencyCue.Any(H, "신호등 고장", "보행신호", "신호가안바뀌", "신호가안바껴", "빨간불만", "trafficlight"),
        UrgencyCue.Any(H, "도로 낙하물", "도로에떨어져", "도로에떨어진", "적재물", "낙하물이도로", "떨어뜨린", "나무판자", "철근뭉치", "fellfromatruck", "fellofatruck", "fellofftruck"),
        UrgencyCue.Any(H, "악취", "하수구냄새", "하수도냄새", "썩은냄새", "똥냄새", "축사냄새", "하수냄새", "sewage"),
        UrgencyCue.Any(H, "유해물질", "떼죽음", "물고기가죽", "거품이둥", "하얀거품"),
        UrgencyCue.Any(H, "동파", "동파", "얼어터", "계량기가얼"),
        UrgencyCue.Any(H, "누수·배관 파열", "배관이터", "배관터", "파이프터", "파이프가터", "수도관파열", "물바다", "뿜어져", "물이고여", "burstpipe", "pipeburst"),
        UrgencyCue.All(H, "비상구 폐쇄", ["비상구", "비상계단", "피난계단", "emergencyexit", "fireexit"], ["막혀", "막혔", "막힌", "잠가", "잠겨", "잠긴", "쌓여", "창고로", "blocked", "locked"]),
        UrgencyCue.Any(H, "동물 구조", "엔진룸", "뱀이"),
        UrgencyCue.All(H, "공사장 안전", ["공사장", "공사현장", "자재"], ["인도에쌓", "인도를막", "보도에쌓", "인도에다쌓", "인도점령"]),
    ];
}
