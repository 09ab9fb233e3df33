using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Frames from the training writers' false alarms and a reviewer's dangers written against them (ADR 0108, 2026-12-06):
/// drawings and staged scenes, "쓰러질 것 같아요" said of a person, more ways of saying nobody is hurt — each beside a
/// danger in the same words that must stay critical; and the reviewer's dangers that the lexicon used to miss. The
/// lexicon alone (no models), so the frame is what is tested. Sentences written for this test.
/// </summary>
public sealed class UrgencyFramesTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("한강 다리 기둥에 물에 빠진 사람 그림이 그려져 있어요 지워 주세요")]
    [InlineData("유튜버가 한강에서 물에 빠지는 연출 영상")]
    [InlineData("공사장 흙이 하천으로 떨어져서 물이 흐려요")]
    [InlineData("이번 달 관리비 보고 쓰러질 것 같아요 산정 내역 공개해 주세요")]
    [InlineData("주민센터 계단이 높아서 다리가 후들거려 쓰러질 것 같아요 경사로 만들어 주세요")]
    public void Assess_WhenTheDangerIsDrawnStagedOrAFigureOfSpeech_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("바람이 너무 세서 공사장 크레인이 넘어질 것 같아요")]
    [InlineData("아이가 베란다 난간에 매달려 있어요 집에 사람 없어요")]
    [InlineData("등산 갔던 아버지가 아직 연락이 안돼요")]
    [InlineData("My grandpa went missing last week and he still has not come back")]
    [InlineData("He fell yesterday and is still unconscious")]
    [InlineData("가스냄새가 너무 심해요")]
    [InlineData("우리 할매가 사흘째 전화를 안 받아요")]
    [InlineData("자전거 타던 학생이 하천으로 떨어졌어요")]
    [InlineData("The house next door is on fire, flames are coming out of the window")]
    [InlineData("도로가 꺼졌어요 사람 다친 거 없는데 버스가 그쪽으로 오고 있어요")]
    [InlineData("도로에 싱크홀이 생겼는데 사람은 안다쳣어요 차들이 그 옆으로 계속 지나가요")]
    [InlineData("옹벽이 무너졌는데 다친 사람은 없대요 근데 인부 한 명이 안 보여요")]
    [InlineData("작년에 쓰러졌던 아버지가 방에서 또 쓰러지셨어요 숨을 안쉬어요")]
    [InlineData("지난달에 금 간 옹벽이 오늘 무너졌어요 밑에 차랑 사람이 있었어요")]
    [InlineData("A sinkhole opened on the main road, no one hurt but cars are still driving toward it")]
    [InlineData("The electrician said the wire was fixed but the outlet is sparking and smoking")]
    public void Assess_WhenTheSameWordsDescribeADangerNow_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("어제 놀았던 놀이터 옆 하천에 아이가 빠졌어요")]
    [InlineData("예전에 살던 집에서 가스 냄새가 심하게 나요")]
    [InlineData("불조심 캠페인 했던 시장 건물에서 불이 났어요")]
    [InlineData("작년에 수리했던 엘리베이터에 사람이 갇혔어요")]
    [InlineData("어제 같이 갔던 계곡에서 친구가 물에 빠졌어요")]
    public void Assess_WhenThePastOrTalkIsARelativeClauseBeforeTheDanger_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("예전에 아이가 물에 빠졌던 하천인데 난간 설치해 주세요")]
    [InlineData("작년에 불이 났던 건물 철거는 언제 하나요")]
    [InlineData("어제 가스 냄새 났던 집은 점검 끝났어요")]
    [InlineData("불이 났던 시장 화재 보험 문의드려요")]
    [InlineData("아이가 삼켰던 동전은 다음 날 나왔어요")]
    [InlineData("던지기 놀이 하다가 아이가 삼켰던 구슬은 다음 날 나왔어요")]
    [InlineData("엘리베이터에 갇혔던 날 구해 주신 분께 감사 인사 전해 주세요")]
    [InlineData("전선이 끊어져 불꽃 튀었던 골목 정비 계획이 궁금해요")]
    public void Assess_WhenTheDangerIsInsideThePastRelativeClause_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("축대가 무너졌어요 사람은 안 다쳤어요 아래 놀이터에서 아이들이 놀아요")]
    [InlineData("A power line is down on the sidewalk, nobody hurt, the school lets out in ten minutes")]
    [InlineData("계곡에서 같이 놀던 친구가 물속에서 안 올라와요")]
    [InlineData("끊어진 전선이 골목에 늘어져 있어요")]
    [InlineData("전깃줄이 끊어져서 인도에 떨어져 있어요")]
    [InlineData("Our son is in the lake and he is not coming up, 아이가 물에서 못 나와요")]
    public void Assess_WhenChildrenAreNamedAfterNobodyHurtOrTheDangerIsWordedAnotherWay_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("한강공원 분수에서 물이 안 올라와요 고장 난 것 같아요")]
    [InlineData("아이 학교 수영장에 물이 안 나와요")]
    public void Assess_WhenWaterItselfDoesNotComeUp_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("건물 외벽 타일이 몇 개 떨어졌어요 사람 안 맞았어요")]
    [InlineData("전봇대가 차에 받혀 기울었어요 사람은 안 다쳤어요")]
    public void Assess_WhenAHazardIsSaidToEndangerNobody_ReturnsHigh(string text) =>
        Assert.Equal(Level.High, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("통화 요약: 변압기에서 웅웅 소리가 남. 연기·불꽃 없음. 한전 점검 요청.")]
    [InlineData("보일러실 점검 요청합니다 불꽃 없음")]
    public void Assess_WhenFireSignsAreListedAsAbsent_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("연기 불꽃 없음 근데 타는 냄새가 계속 나요 지금 방 안에 가득해요")]
    [InlineData("불꽃은 없이 연기만 계속 나요 지금 복도에 가득해요")]
    [InlineData("할아버지가 쓰러지셨어요 의식 없음 숨도 안 쉬어요")]
    public void Assess_WhenAbsenceTurnsOrIsTheDangerItself_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
}
