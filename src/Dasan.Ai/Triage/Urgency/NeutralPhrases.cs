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
        "가스누출감지기", "가스누출경보기", "위협운전", "불꽃축제", "불꽃놀이", "onfire", "죽을만큼",
        "홈런을때", "공을때", "자살예방", "자살보도", "아동학대예방", "담배연기", "갇혀지내", "붕괴사고희생", "동물학대", "firework", "짜증이폭발", "화가폭발", "분노폭발", "분노가폭발");
}
