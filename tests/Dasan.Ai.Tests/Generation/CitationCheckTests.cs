using Dasan.Ai.Generation;

namespace Dasan.Ai.Tests.Generation;

public sealed class CitationCheckTests
{
    [Theory]
    [InlineData("대형폐기물은 구청에 신고해요 [1]. 스티커를 붙여 내놓아요 [2].", 3, new[] { 1, 2 })]
    [InlineData("수수료는 품목마다 달라요 [1, 3].", 3, new[] { 1, 3 })]
    [InlineData("신청은 온라인으로 해요[2][1]", 2, new[] { 1, 2 })]
    public void Verify_WhenEveryCitationExists_Passes(string text, int passages, int[] cited)
    {
        var verdict = CitationCheck.Verify(text, passages);
        Assert.True(verdict.Passes);
        Assert.Equal(cited, verdict.Cited);
    }

    [Theory]
    [InlineData("청년월세는 월 20만 원이에요 [5].", 4)]
    [InlineData("청년월세는 월 20만 원이에요 [1] [0].", 4)]
    [InlineData("청년월세는 월 20만 원이에요 [1, 9].", 4)]
    public void Verify_WhenACitationNamesNoPassage_Fails(string text, int passages)
    {
        var verdict = CitationCheck.Verify(text, passages);
        Assert.False(verdict.Passes);
        Assert.NotEmpty(verdict.Invalid);
    }

    [Fact]
    public void Verify_WhenNothingIsCited_Fails() =>
        Assert.False(CitationCheck.Verify("구청에 문의하세요. 자세한 내용은 홈페이지(www.seoul.go.kr)를 보세요.", 4).Passes);
}
