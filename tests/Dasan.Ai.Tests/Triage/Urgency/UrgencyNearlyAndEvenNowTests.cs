using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// From a fresh Korean set read as tuning (ADR 0108, twenty-ninth session): pills saved up to take all at once are a plan to
/// die; a fall that nearly happened (넘어지실 뻔했어요) is a complaint; 지금이라도 ("even now") asks about the past and does
/// not make a text ongoing.
/// </summary>
public sealed class UrgencyNearlyAndEvenNowTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);
    private static readonly UrgencyClassifier Shipped = new();

    [Theory]
    [InlineData("나같은 늙은이 살아서 뭐하나 싶소 약 모아둔거 오늘 다 먹을거요 아들한테 미안하다고 전해주시오")]
    [InlineData("엄마가 몇 달 동안 약을 모아 놓았대요 오늘 밤에 다 먹겠다고 문자가 왔어요")]
    [InlineData("할머니가 버스에서 넘어지셨는데 못 일어나세요")]
    public void Assess_WhenALifeIsAtRiskNow_IsCritical(string text)
    {
        Assert.Equal(Level.Critical, Lexicon.Assess(text).Level);
        Assert.Equal(Level.Critical, Shipped.Assess(text).Level);
    }

    [Theory]
    [InlineData("472번 버스 기사님 운전이 너무 거칠어요 급정거 때문에 할머니 넘어지실뻔 했어요")]
    [InlineData("횡단보도 턱이 높아서 어르신들이 넘어질 뻔해요 낮춰 주세요")]
    public void Assess_WhenAFallNearlyHappened_LexiconIsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);

    [Theory]
    [InlineData("어제봤는데지금이라도신고할수있나요", false)]
    [InlineData("지금이라도와주세요지금숨을안쉬어요", true)]
    [InlineData("지금와주세요", true)]
    public void IsOngoing_ReadsEvenNowAsNoNow(string compact, bool ongoing) =>
        Assert.Equal(ongoing, ClauseMarkers.IsOngoing(compact));
}
