using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Proposals and petitions talk about hazards (심정지 환자가 발생했을 시, 재발 방지 대책, 시민들의 안전을 위협), and the compact text, spaces
/// dropped, makes danger words out of others (전기 절약 → 기절, 결자해지 → 자해, 공유 서비스 → 유서): the word rules find no
/// danger in them, while the same words of a danger now still count (ADR 0108, twenty-seventh session).
/// </summary>
public sealed class UrgencyPolicyTalkTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("태양광 전지판으로 전기절약 및 환경 개선")]
    [InlineData("새 임기 절반 시작 기념 굿즈 검토를 청원합니다")]
    [InlineData("통장만들기 절차 폐지")]
    [InlineData("결자해지라는 고사성어가 있습니다")]
    [InlineData("북한에 투자할 돈으로 유럽에 투자해라")]
    [InlineData("전업 운전자의 승차 공유 서비스 제공")]
    [InlineData("자영업자 살인자들")]
    [InlineData("근로자 살리기 운동")]
    [InlineData("방송인들이 위기를 맞고 있습니다")]
    [InlineData("출근 시간을 조정하면 새벽까지 안 일어나도 되어서 능률이 올라갑니다")]
    [InlineData("서울에서도 일이 안 일어나란 법이 없습니다")]
    [InlineData("쓰레기 차량 분진이 주민들의 생존권을 위협합니다")]
    [InlineData("어린이 안전이 위협받고 있습니다")]
    [InlineData("일본 초계기 위협비행에 대응하라")]
    [InlineData("다중이용시설에서 심정지 환자가 발생했을 시 자동심장충격기를 찾기 어렵습니다")]
    [InlineData("화재 재발 방지 대책을 세워 주세요")]
    public void Assess_WhenProposalsTalkAboutHazardsOrSpacesMakeADangerWord_FindsNoDanger(string text) =>
        Assert.True(Lexicon.Assess(text) is var a && a.Level != Level.Critical, a.Reason + " [" + string.Join(",", a.Cues) + "]");

    [Theory]
    [InlineData("아버지가 갑자기 기절했어요")]
    [InlineData("친구가 손목을 자해했어요 피가 나요")]
    [InlineData("동생 방에서 유서를 발견했어요 연락이 안 돼요")]
    [InlineData("옆집 남자가 칼을 들고 위협하고 있어요")]
    [InlineData("지금 남편한테 맞고 있어요")]
    [InlineData("할머니가 쓰러지셨는데 안 일어나세요")]
    [InlineData("지하철역에서 사람이 쓰러졌어요 심정지 같아요")]
    [InlineData("건물 3층에서 화재가 났어요 연기가 계단으로 올라와요")]
    [InlineData("윗집에서 아이가 울부짖는 소리와 매질 소리가 지금도 계속 나요")]
    [InlineData("my son is missing at the amusement park, 6 years old, blue shirt, 30 minutes")]
    [InlineData("3층에 불이 났는데 대피할 시간이 없어요")]
    [InlineData("불났어요 장난친 거 아니에요 진짜예요 빨리 와주세요")]
    [InlineData("할머니가 쓰러지셨어요 낙서 지우시다가요")]
    [InlineData("누가 스프레이로 불을 붙여서 쓰레기장에 불났어요")]
    [InlineData("화재 발생시각 14시 05분 인명 구조 요청")]
    [InlineData("할머니가 쓰러지셨는데 숨이 멎을 경우 어떻게 해야 돼요")]
    [InlineData("화재 경보 울려서 경각심 가지고 나왔는데 진짜 불이에요 사람들이 못 나왔어요")]
    [InlineData("스토커가 제 안전을 위협해요 집 앞에 와 있어요")]
    [InlineData("지금 도둑 맞고 있어요 강도가 안방에 있어요")]
    [InlineData("사람이 칼에 찔렸어요")]
    [InlineData("전 남친이 제 안전을 위협하고 있어요 지금 문 앞에 있어요")]
    [InlineData("아이가 갑자기 기절 반복해요")]
    [InlineData("친구가 손목 자해 외에 수면제도 먹었대요")]
    [InlineData("추락 방지 난간 넘어 아이가 매달려 있어요")]
    [InlineData("아버지가 심정지 같아요 골든타임 4분이라던데 빨리 와주세요")]
    [InlineData("애가 안 보여요 놀이터에 있다고 생각했는데 없어요")]
    [InlineData("옆집 창문에 살려 달라고 크게 써 있어요 안에서 쿵쿵 소리가 나요")]
    public void Assess_WhenTheSameWordsTellADangerNow_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
}
