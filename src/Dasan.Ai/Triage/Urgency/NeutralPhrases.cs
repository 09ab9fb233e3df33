namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Phrases that contain a cue but are not a hazard: metaphors (불나게 바빠요), equipment and policy
/// compounds (화재감지기, 자살예방), sport and play. They win over the shorter cue they contain.
/// </summary>
internal static class NeutralPhrases
{
    public static UrgencyCue Cue { get; } = UrgencyCue.Any(
        Urgency.Normal,
        "비유·제도 표현",
        "불나게", "머리에서불", "불타는", "불타오", "폭발적", "인기가폭발", "인기폭발", "정전기",
        "화재예방", "화재보험", "화재감지기", "화재경보기", "화재안전", "화재이력", "화재장면", "화재훈련", "화재대피",
        "가스누출감지기", "가스누출경보기", "위협운전", "불꽃축제", "불꽃놀이", "죽을만큼",
        "홈런을때", "공을때", "자살예방", "자살보도", "아동학대예방", "담배연기", "갇혀지내", "붕괴사고희생", "동물학대", "firework", "짜증이폭발", "화가폭발", "분노폭발", "분노가폭발",
        "문화재", "천불이나", "천불나", "천불이", "멘탈붕괴", "멘붕", "숨막히", "숨이막힐", "심장마비올뻔", "폭탄세일", "물가폭등", "가격폭발", "싱크홀처럼", "불태워버린다",
        "화재감지", "가스안전", "가스요금", "가스점검", "소방훈련", "고립감", "외로", "갇혀사는", "목이빠지", "가슴이무너", "억장이무너", "smokefree", "nosmoking",
        // Laughing to death is an idiom, in English as in Korean (웃겨 죽겠어).
        "killmyselflaughing", "killhimselflaughing", "killherselflaughing", "killthemselveslaughing",
        "싶을만큼", "장사가불", "불붙은", "쓰러질뻔", "쓰러질것같은점심", "isfire", "drowningin", "가스레인지불꽃", "물에빠진생쥐", "감전주의", "화재감지기가", "혼자살", "가설사무", "fireextinguisher", "이불이야",
        // 맞다 as an injection from a nurse or doctor, or as to fit, not as being hit (한테 맞았, ADR 0108).
        "간호사한테맞", "간호사에게맞", "의사한테맞", "의사에게맞", "저한테맞고", "저한테맞았", "나한테맞고", "나한테맞았", "저에게맞고", "저에게맞았",
        "나에게맞고", "나에게맞았",
        // A trade asking for support (자영업자 살려주세요, 노동자 살려 주세요): 자살 across two words.
        "자살려주", "자살려줘", "자살려달",
        // A pet's breathing (반려견이 과호흡이 와서 안 멈춰요) is for the vet.
        "반려견이과호흡", "강아지가과호흡", "고양이가과호흡", "반려견과호흡", "강아지과호흡", "고양이과호흡",
        // Nearly fainting at a bill (고지서 보고 기절할 뻔).
        "기절할뻔", "기절하는줄", "기절초풍",
        // A fall that nearly happened to someone (급정거 때문에 할머니 넘어지실 뻔했어요), and a policy on selling charcoal briquettes.
        // Not 넘어질뻔 alone: 가로수가 넘어질뻔 하고 있어요 is a tree about to fall (after a review).
        "넘어지실뻔", "넘어지는줄", "넘어지실까봐", "번개탄판매", "번개탄규제",
        // Of long standing (유서 깊은 마을), not a suicide note.
        "유서깊", "유서가깊", "유서있는",
        // Earnings, not bees (벌이).
        "돈벌이", "맞벌이", "밥벌이", "벌이가", "벌이도", "벌이를",
        // A light or the power going out (가로등이 꺼졌어요) is no ground giving way (도로 + 꺼졌).
        "가로등이꺼", "가로등꺼", "가로등불이꺼", "가로등도꺼", "신호등이꺼", "신호등꺼", "신호등도꺼", "전등이꺼", "조명이꺼", "조명도꺼", "불빛이꺼", "전기가꺼",
        "불이꺼졌", "불이꺼져", "불이다꺼", "불도꺼", "전원이꺼", "화면이꺼", "등이꺼", "등이다꺼", "등꺼짐", "조명꺼", "조명이다꺼", "조명다꺼",
        // Cues made by the spaces the compact text drops (ADR 0108, proposals and petition titles): 전기 절약, 임기 절반, 통장 만들기
        // 절차, 핵폐기 절대 (기절); 결자해지, 투자해라, 자가격리자 해외 (자해); 공유 서비스 (유서); 자영업자 살인자, 근로자 살리기 (자살).
        // Whole words, not 기절 반 or 자해 외 alone (아이가 기절 반복해요, 손목 자해 외에 약도 먹었대요).
        "전기절약", "갑자기절약", "임기절반", "만들기절차", "제기절차", "폐기절대", "포기절대", "결자해지", "투자해", "격리자해외",
        "유서비스", "자살인자", "자살리기", "자살리자", "자살립시다",
        // 맞고 있 of a crisis, 안 일어나 of a duty or a chance, not of a body (위기를 맞고 있습니다,
        // 새벽까지 안 일어나도 되어서, 일이 안 일어나란 법이 없듯이).
        "위기를맞고", "위기맞고", "안일어나도되", "안일어나도돼", "안일어나란법",
        // A threat to something abstract is policy talk, not a person threatened (안전이 위협받고, 생존권을 위협합니다, 위협비행).
        // Whose safety: the public's (시민들의 안전을, 어린이 안전이), not the writer's (전 남친이 제 안전을 위협하고 있어요).
        "의안전이위협", "의안전을위협", "의안전에위협", "시민안전을위협", "시민안전이위협", "어린이안전이위협", "아이들안전이위협", "학생안전이위협", "생존권을위협", "생존권이위협", "생계위협", "생계를위협", "생계가위협", "건강을위협", "건강이위협",
        "환경을위협", "환경이위협", "존립까지위협", "존립을위협", "안보에위협", "안보에심각한위협", "안보위협", "평화에위협", "위협비행", "도발위협");
}
