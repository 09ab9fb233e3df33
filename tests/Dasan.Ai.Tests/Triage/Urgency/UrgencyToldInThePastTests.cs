using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// A text told only in the past with nothing ongoing (있었어요, 어제) is how a writer tells what happened a minute ago
/// (욕조에 아기가 엎어져 있었어요): models all but sure of danger raise it (ADR 0108). A text that says the danger is over
/// (찾았어요, 불은 껐어요, 무사해요) is still never raised, however sure they are; a marker of an end that is negated (못
/// 찾았어요), a worry (무사한지) or turned (불은 껐는데 아이가 …) says no such thing.
/// </summary>
public sealed class UrgencyToldInThePastTests
{
    private static readonly string[] Dangers =
    [
        "욕조에 아기가 엎어져 있었어요 물 먹은 거 같아요",
        "통학버스 뒷좌석에 잠든 아이가 있었어요 깨웠는데 몸이 축 처져요",
        "드라이기가 욕조에 빠졌어요 엄마가 안에 있었어요",
        "부엌 불은 껐는데 연기를 많이 마신 아이가 축 처지고 졸려 해요",
        "치매 있으신 아버지가 새벽에 나가셨는데 아직 못 찾았어요 맨발이에요",
    ];

    private static readonly string[] Over =
    [
        "욕조에 아기가 엎어져 있었는데 바로 안아 올렸고 지금은 무사해요",
        "어제 연락이 안 되던 할머니를 찾았어요",
    ];

    private static readonly UrgencyScorer Sure = SeesDanger();

    [Fact]
    public void Assess_TheModelsAreAllButSureOfEveryTestSentence() =>
        Assert.All(Dangers.Concat(Over), t => Assert.True(Sure.Read(t).Danger >= UrgencyArbiter.PromotePastAt, $"{t}: {Sure.Read(t).Danger:F2}"));

    [Fact]
    public void Assess_WhenADangerIsToldInThePastAndTheModelsAreSure_ItIsCritical() =>
        Assert.All(Dangers, t => Assert.Equal(Level.Critical, new UrgencyClassifier(Sure).Assess(t).Level));

    [Fact]
    public void Assess_WhenThePastBarIsNeverReached_TheSameTextsStayBelowCritical() =>
        Assert.All(Dangers, t => Assert.NotEqual(Level.Critical, new UrgencyClassifier(Sure) { PromotePastAt = double.PositiveInfinity }.Assess(t).Level));

    [Fact]
    public void Assess_WhenTheTextSaysTheDangerIsOver_TheModelsNeverRaiseIt() =>
        Assert.All(Over, t => Assert.NotEqual(Level.Critical, new UrgencyClassifier(Sure).Assess(t).Level));

    [Theory]
    [InlineData("아이를 찾았어요 감사합니다", true)]
    [InlineData("불은 껐습니다 연기만 조금 남았어요", true)]
    [InlineData("아직 못 찾았어요", false)]
    [InlineData("할머니가 무사한지 모르겠어요", false)]
    [InlineData("불은 껐는데 아이가 연기를 많이 마셨어요", false)]
    [InlineData("불은 껐습니다 그런데 남편 숨소리가 이상해요", false)]
    [InlineData("찾았는데 의식이 없어요", false)]
    public void SaidOver_ReadsAMarkerOfAnEndOnlyWhenNothingNegatesOrTurnsIt(string text, bool over) =>
        Assert.Equal(over, SaidOver.Holds(text.Replace(" ", string.Empty, StringComparison.Ordinal)));

    /// <summary>Models trained with the test sentences themselves as danger: they are all but sure of each.</summary>
    private static UrgencyScorer SeesDanger()
    {
        string[] calm = ["보도블록이 깨졌어요", "가로등이 고장 났어요", "민원 서류 발급 문의", "쓰레기 수거 요청", "버스 배차 간격 문의", "공원 벤치 페인트"];
        var rows = calm.Select(t => new LabeledText(t, "normal"))
            .Concat(Dangers.Concat(Over).SelectMany(t => Enumerable.Repeat(new LabeledText(t, "critical"), 12)))
            .Concat(new[] { "보도블록 파손", "가로등 깜빡임" }.Select(t => new LabeledText(t, "high")))
            .ToList();
        return UrgencyModel.Train(rows)!;
    }
}
