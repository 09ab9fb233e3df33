using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// An answer keeps to the guide that answers: a line from another guide that shares a word of the question is no second
/// sentence by right, and a word no guide writes weighs what its parts weigh.
/// </summary>
public sealed class AnswerGuideTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("아파트 다른 층에서 불이 났는데 복도에 연기가 가득해요. 나가야 해요, 집에 있어야 해요?", "fire-safety-119.md")]
    [InlineData("외로움 상담 전화 있어요", "suicide-prevention-counseling.md")]
    [InlineData("차 와이퍼에 전단지 꽂아놨어요 신고돼요", "illegal-banner-flyer-report.md")]
    public void Answer_WhenAnotherGuideSharesAWordOnly_CitesTheAnsweringGuideAlone(string question, string guide)
    {
        var answer = new ExtractiveAnswerer(fx.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.All(answer.Citations, c => Assert.Equal(guide, c.DocumentId));
    }

    [Fact]
    public void Answer_WhenACompoundIsWrittenNowhere_ItsPartsWeighAsInTheGuides()
    {
        // "돌려받을수있나" is in no guide; as such it weighed most of all, and the water bill's refund line led the answer.
        var answer = new ExtractiveAnswerer(fx.Index).Answer("택시기사가 일부러 먼길로 돌아간거같아요 더 낸 요금 돌려받을수있나");

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("taxi-complaints.md", answer.Citations[0].DocumentId);
    }
}
