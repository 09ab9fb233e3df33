using Dasan.Ai.Assistant;
using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// Hit by someone, in a victim's words (아빠한테 맞았어요, 남편에게 맞았는데): the lexicon names violence, so the reason is 폭력·위협
/// and the citizen is told to call 112. Before, only the models rated it (55 %, "AI 모델 판단"), and the advice said 119.
/// 맞다 as to fit (저한테 맞는, 저한테 맞고) or an injection from a nurse or doctor stays harmless.
/// </summary>
public sealed class UrgencyHitByPersonTests
{
    private static readonly UrgencyClassifier Lexicon = new(useModel: false);

    [Theory]
    [InlineData("아빠한테 맞았어요 어디 신고해요")]
    [InlineData("남편에게 맞았는데 너무 무서워요")]
    [InlineData("술 마신 남편한테서 맞았어요 지금 집에 못 들어가요")]
    [InlineData("10년째 남편한테 맞고 살아요")]
    public void Assess_WhenSomeoneWasHitByAPerson_IsViolenceByTheLexiconAlone(string text)
    {
        var assessed = Lexicon.Assess(text);

        Assert.Equal(Level.Critical, assessed.Level);
        Assert.StartsWith("폭력·위협", assessed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CrisisNotice_WhenAChildWasHitByAParent_SaysCall112()
    {
        Assert.Equal("112", CrisisNotice.For(new UrgencyClassifier(), "아빠한테 맞았어요 어디 신고해요")?.Call);
    }

    [Theory]
    [InlineData("저한테 맞는 일자리 있나요")]
    [InlineData("독감 주사 맞았는데 열이 나요")]
    [InlineData("예방접종 맞고 살짝 어지러워요")]
    [InlineData("독감 주사를 보건소 간호사한테 맞았는데 열이 나요")]
    [InlineData("의사한테 맞았는데 부작용 신고 어디에 해요")]
    [InlineData("저한테 맞고 편한 신발 파는 곳")]
    public void Assess_WhenMatdaMeansToFitOrAnInjection_IsNotCritical(string text) =>
        Assert.NotEqual(Level.Critical, Lexicon.Assess(text).Level);
}
