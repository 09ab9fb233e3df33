using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// A victim says what happens, not what it is called: "남편이 때려요 도와주세요" was answered with a guide on learning help
/// (도와주는), "남편이 때리는데 접근 못하게 하는 방법" with a sinkhole guide. Being hit (때리다, 한테 맞다, 맞고 살다) is read as
/// violence; getting an injection (주사 맞았는데) is not.
/// </summary>
public sealed class BeingHitTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("남편이 때려요 도와주세요")]
    [InlineData("남편이 때리는데 접근 못하게 하는 방법 있나요")]
    [InlineData("아빠한테 맞았어요 어디 신고해요")]
    [InlineData("딸이 남편한테 맞고 사는데 어디 상담해요")]
    public void Answer_WhenSomeoneIsHitAtHome_CitesTheGuideOnDomesticViolence(string question)
    {
        var answer = new ExtractiveAnswerer(fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("violence-victim-support.md", answer.Citations[0].DocumentId);
    }

    [Fact]
    public void Colloquial_WhenSomeoneQuitsAJob_IsNotViolence()
    {
        Assert.Empty(ColloquialTerms.For("때려치우고")); // 때려치우다 is to quit
        Assert.Contains("폭력", ColloquialTerms.For("때려요"));
        Assert.Contains("폭력", ColloquialTerms.For("때린"));
        Assert.Contains("폭력", ColloquialTerms.For("맞고살아요"));
    }

    [Theory]
    [InlineData("남편한테 맞았어요 어떻게 해요")]
    [InlineData("아빠가 때려요 어디 신고해요")]
    public void Answer_WhenTheAskerNamesWhoHitThem_IsNotWhatNeighboursShouldDo(string question)
    {
        // The relative named is the one doing harm: the question is the asker's own situation, not someone else's.
        var answer = new ExtractiveAnswerer(fixture.Index).Answer(question);

        Assert.Equal("violence-victim-support.md", answer.Citations[0].DocumentId);
        Assert.DoesNotContain(answer.Citations, c => c.Section == "주변에서 알게 되었다면");
    }

    [Fact]
    public void Answer_WhenAFriendIsHitByHerBoyfriend_IncludesWhatThePeopleAroundCanDo()
    {
        // 친구 is the one asked about; 남자친구, which ends in 친구, is the one who hits.
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("친구가 남자친구한테 맞고 있는 것 같아요 어떻게 도와요");

        Assert.Contains(answer.Citations, c => c.Section == "주변에서 알게 되었다면");
    }

    [Theory]
    [InlineData("남편한테 맞았는데", true)]
    [InlineData("아빠에게 맞고 있어요", true)]
    [InlineData("독감 주사 맞았는데 열이 나요", false)]
    [InlineData("이 주소 맞아요?", false)]
    [InlineData("저한테 맞는 주거 지원 있나요", false)]
    [InlineData("저한테 맞았어요 이 옷", false)]
    [InlineData("독감 주사를 보건소 간호사한테 맞았는데 열이 나요", false)]
    public void WithPhrases_WhenSomeoneIsHitByAPerson_NamesViolence(string text, bool violence)
    {
        Assert.Equal(violence, ColloquialTerms.WithPhrases(text).Contains("폭력", StringComparison.Ordinal));
    }
}
