using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

/// <summary>A small synthetic Korean dataset: four topics (버스, 주차, 쓰레기, 복지) built from
/// topic subjects, complaints and places, so train and held-out sentences share words but differ.</summary>
internal static class SyntheticCivicData
{
    private static readonly Dictionary<string, string[]> Subjects = new()
    {
        ["transport"] = ["버스", "버스 배차 간격", "마을버스", "버스 정류장", "시내버스 노선", "버스 기사님"],
        ["parking"] = ["불법 주차", "주차장", "거주자 우선 주차", "주차 단속", "공영주차장 요금", "이중 주차"],
        ["waste"] = ["쓰레기", "음식물 쓰레기", "재활용 쓰레기", "쓰레기 무단 투기", "분리수거함", "대형 폐기물"],
        ["welfare"] = ["기초생활수급", "노인 복지", "장애인 활동 지원", "복지관 프로그램", "긴급 복지 지원금", "독거노인 돌봄"],
    };

    private static readonly Dictionary<string, string[]> Complaints = new()
    {
        ["transport"] = ["너무 늦게 옵니다", "노선을 늘려 주세요", "정차하지 않고 지나갑니다", "배차를 줄여 주세요", "운행이 불규칙합니다"],
        ["parking"] = ["차가 막고 있어요", "단속해 주세요", "자리가 부족합니다", "요금이 비쌉니다", "견인해 주세요"],
        ["waste"] = ["수거가 안 됩니다", "냄새가 심합니다", "치워 주세요", "버리는 사람이 많아요", "수거 날짜를 알려 주세요"],
        ["welfare"] = ["신청 방법을 알고 싶습니다", "지원을 받을 수 있나요", "상담을 받고 싶어요", "대상자 기준이 궁금합니다", "서비스를 늘려 주세요"],
    };

    private static readonly string[] Places = ["우리 동네", "역 앞", "아파트 단지", "시장 근처", "학교 앞", "골목길"];

    /// <summary>The labels, in the order used by the tests.</summary>
    /// <summary>One sentence per label in words the generated rows do not use together: a held-out check of any classifier.</summary>
    public static IReadOnlyList<LabeledText> HeldOut { get; } =
    [
        new("마을버스가 너무 늦게 와서 출근이 힘듭니다", "transport"),
        new("골목길에 불법 주차한 차를 견인해 주세요", "parking"),
        new("음식물 쓰레기 냄새가 심해요", "waste"),
        new("독거노인 돌봄 서비스 신청 방법이 궁금합니다", "welfare"),
    ];

    public static IReadOnlyList<string> Labels { get; } = ["transport", "parking", "waste", "welfare"];

    /// <summary><paramref name="perLabel"/> sentences per label; <paramref name="offset"/> picks a different mix.</summary>
    public static List<LabeledText> Create(int perLabel, int offset = 0)
    {
        var rows = new List<LabeledText>();
        foreach (var label in Labels)
        {
            var subjects = Subjects[label];
            var complaints = Complaints[label];
            for (var i = 0; i < perLabel; i++)
            {
                var n = i + offset;
                var text = $"{Places[(n / 5) % Places.Length]} {subjects[n % subjects.Length]} {complaints[(n / 2) % complaints.Length]}";
                rows.Add(new LabeledText(text, label));
            }
        }

        return rows;
    }
}
