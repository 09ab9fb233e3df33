namespace Dasan.Ai.Triage.Urgency;

/// <summary>Cues of danger to life or safety. Phrases are compact: lower case, no spaces.</summary>
internal static class CriticalCues
{
    private const Urgency C = Urgency.Critical;

    private static readonly string[] Person = ["사람", "분이", "노인", "어르신", "할머니", "할아버지", "아이", "학생", "아기"];

    public static IReadOnlyList<UrgencyCue> All { get; } =
    [
        UrgencyCue.Any(C, "가스 누출", "가스냄새", "가스넴새", "가스가새", "가스새", "가스누출", "가스가누출", "가스누설", "가스폭발", "연탄가스", "유독가스", "일산화탄소", "gassmell", "gasleak", "smellofgas"),
        UrgencyCue.Any(C, "화재", "불이났", "불났", "불나써", "불이나", "불이붙", "불붙", "불길", "화재", "산불", "화염", "폭발", "연기가나", "연기가엄청", "연기가올라", "검은연기", "연기가자욱", "타는냄새", "탄냄새", "fire", "smoke"),
        UrgencyCue.Any(C, "싱크홀·지반 침하", "싱크홀", "땅꺼짐", "땅이꺼", "도로가꺼", "도로꺼짐", "지반침하", "큰구멍", "sinkhole"),
        UrgencyCue.Any(C, "붕괴", "붕괴", "무너지", "무너질", "무너졌", "무너져", "무너지고", "넘어질것같", "쓰러질것같", "기울어지", "collapse"),
        UrgencyCue.All(C, "붕괴·낙하물", ["외벽", "타일", "벽돌", "간판", "콘크리트", "유리창", "구조물", "낙하물", "기둥"], ["떨어지고", "떨어지려", "계속떨어", "떨어질것"]),
        UrgencyCue.All(C, "붕괴", ["옹벽", "축대", "기둥", "다리", "외벽", "건물"], ["금이가", "균열"]),
        UrgencyCue.Any(C, "침수", "물이차오르", "차오르고", "차올랐", "차올라", "허리까지", "무릎까지", "잠기고있", "침수되고있", "물이넘쳐", "하천이넘", "물이불어", "불어나고", "flooding"),
        new UrgencyCue(C, "침수", [["침수", "물이들어와"]], NeedsOngoing: true),
        UrgencyCue.All(C, "싱크홀·지반 침하", ["도로", "인도", "땅", "지반", "바닥"], ["꺼져", "꺼졌", "꺼짐", "함몰", "내려앉"]),
        UrgencyCue.All(C, "추락 위험", ["난간", "베란다", "창문", "창틀", "옥상", "지붕"], ["매달려", "떨어질것같", "떨어지려"]),
        UrgencyCue.Any(C, "익수", "물에빠", "강에빠", "사람이빠", "drowning"),
        UrgencyCue.Any(C, "폭력·위협", "폭행", "때리고", "때리는", "맞고있", "흉기", "칼을들", "칼들고", "칼든", "휘두르", "위협", "죽여버", "해치겠", "난동", "가정폭력", "납치", "찌르", "찔렀", "assault", "knife"),
        UrgencyCue.Any(C, "아동학대", "아동학대", "아이를때", "애를때", "아이를때려", "방치된아이", "아이가방치", "혼자방치", "학대"),
        UrgencyCue.Any(C, "자살·자해 위험", "죽고싶", "자살", "뛰어내리", "자해", "목을매", "유서", "죽을거", "극단적선택", "suicide", "killmyself"),
        UrgencyCue.Any(C, "고립·갇힘", "갇혀", "갇혔", "고립", "trapped"),
        UrgencyCue.Any(C, "감전 위험", "전선이끊", "전선끊", "감전", "불꽃이튀", "스파크", "고압선", "전선이늘어"),
        UrgencyCue.Any(C, "응급 환자", "쓰러져계", "분이쓰러", "사람이쓰러", "의식이없", "숨을안쉬", "숨을못쉬", "안일어나", "심정지", "쓰러지고있", "notbreathing", "collapsed", "fainted", "unconscious"),
        new UrgencyCue(C, "고독사 의심", [["안보이시", "연락이안되", "연락두절"]], ["냄새", "쌓였", "쌓여"]),
        UrgencyCue.All(C, "응급 환자", Person, ["쓰러져", "쓰러졌"]),
    ];
}
