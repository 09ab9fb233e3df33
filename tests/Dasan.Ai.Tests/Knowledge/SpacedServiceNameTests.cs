using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// A citizen's name for a service typed in two words (극단적 선택을, 죽고 싶어요) is read as the name: apart, the words were
/// 선택 and 싶, and a friend at risk got a refusal instead of the suicide-prevention guide.
/// </summary>
public sealed class SpacedServiceNameTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("친구가 극단적 선택을 할 것 같아요 어떻게 해요")]
    [InlineData("요즘 너무 힘들어서 죽고 싶어요.")]
    public void Concepts_WhenANameIsTypedInTwoWords_LeadToTheGuideWords(string question)
    {
        var concepts = new QuestionAnalyzer().Concepts(question, fixture.Index.Knows);
        Assert.True(concepts.Any(c => c.Alternatives?.Contains("자살") == true), string.Join(" / ", concepts.Select(c => $"{c.Term} [{string.Join(",", c.Parts)}] ({string.Join(",", c.Alternatives ?? [])})")));
    }

    [Fact]
    public void Concepts_WhenTheFirstWordIsAKeyOnItsOwn_StaysTwoWords()
    {
        var concepts = new QuestionAnalyzer().Concepts("노인 학대 신고는 어디에 해요", fixture.Index.Knows).Select(c => c.Term).ToList();
        Assert.Contains("노인", concepts);
        Assert.Contains("학대", concepts);
    }

    [Fact]
    public void Answer_WhenAFriendMayTakeTheirLife_CitesTheSuicidePreventionGuide()
    {
        var answer = new ExtractiveAnswerer(fixture.Index).Answer("친구가 극단적 선택을 할 것 같아요 어떻게 해요");
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("suicide-prevention-counseling.md", answer.Citations[0].DocumentId);
    }
}
