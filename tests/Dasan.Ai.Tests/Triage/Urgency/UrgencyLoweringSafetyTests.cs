using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Dangers a reviewer wrote against the lowering rules (nobody at risk, withdrawn reports, English frames, illegal
/// burning): "nobody to help", "others were not hurt", "not yet", wishes and guesses, a cancelled appointment beside a
/// collapse, "since last night", a kitchen fire with an empty extinguisher. Every one is a danger to life and must stay
/// critical (ADR 0108).
/// </summary>
public sealed class UrgencyLoweringSafetyTests
{
    private static readonly UrgencyClassifier Classifier = new();

    [Theory]
    [InlineData("아이가 베란다 난간에 매달려 있는데 도와줄 사람 없어요")]
    [InlineData("아이가 베란다 난간에 매달려 있어요 집에 어른은 아무도 없어요")]
    [InlineData("물이 허리까지 찼어요 집에 아무도 없고 저 혼자 못 나가요")]
    [InlineData("관리하는 사람 없는 공사장 가림막이 무너지고 있는데 아이들이 그 앞에서 놀고 있어요")]
    [InlineData("외벽 타일이 떨어져서 지나가던 분이 맞았어요 다른 사람은 안 다쳤어요")]
    [InlineData("축대가 무너지고 있어요 인명피해 없도록 빨리 와주세요")]
    [InlineData("천장이 무너지고 있어요 안에 아무도 없길 바래요")]
    [InlineData("지붕이 내려앉고 있는데 안에 사람은 없는 것 같아요")]
    [InlineData("어제 옆 건물 간판 떨어졌을 땐 다친 사람 없었는데 지금 우리 건물 외벽이 무너지고 있어요")]
    [InlineData("벽이 무너졌는데 다친 사람은 없어요 그런데 건물 안에 아직 주민들이 있고 계속 금이 가고 있어요")]
    [InlineData("The ceiling is collapsing and nobody inside is answering the door")]
    public void Assess_WhenNobodyIsNotReallySaidToBeSafe_StaysCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("예약 취소할게요 그리고 지금 아버지가 의식이 없어요")]
    [InlineData("병원 예약은 취소할게요 아버지가 쓰러지셔서 숨을 안 쉬세요")]
    [InlineData("불이 아니에요 전선이 끊어져서 스파크가 튀어요")]
    [InlineData("제 오해였으면 좋겠는데 아이가 며칠째 혼자 방치돼 있어요")]
    public void Assess_WhenSomethingElseIsCancelledOrDenied_StaysCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("There's a gas smell since last night")]
    [InlineData("He fell off the roof last night and is still unconscious")]
    [InlineData("There is a fire in the kitchen and the extinguisher is empty")]
    [InlineData("A man with a knife is outside, I need somewhere to go")]
    [InlineData("Where should we go, the building is on fire, smoke everywhere")]
    public void Assess_WhenEnglishMentionsTimeOrAQuestionBesideADanger_StaysCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);

    [Theory]
    [InlineData("옆집에서 쓰레기 소각하는데 연기 마신 아이가 축 처져서 대답을 못 해요")]
    [InlineData("할머니를 차에 태우고 가는데 숨을 잘 못 쉬세요")]
    public void Assess_WhenAPersonIsHurtBesideIllegalBurning_IsCritical(string text) =>
        Assert.Equal(Level.Critical, Classifier.Assess(text).Level);
}
