using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>Nouns that end like a verb (건전지 ends in -지) are content words when the knowledge base uses them.</summary>
public sealed class NounLikeConceptTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("건전지")]
    [InlineData("폐건전지 어디에 버려요?")]
    public void Answer_WhenTheOnlyConceptEndsLikeAVerb_AnswersFromTheGuide(string question)
    {
        var answer = new ExtractiveAnswerer(fx.Index).Answer(question);
        Assert.False(answer.Refused, answer.Text);
        Assert.Equal("recycling-separation.md", answer.Citations[0].DocumentId);
    }

    [Fact]
    public void Concepts_WhenVerbLikeWordIsUnknown_StillDropsIt()
    {
        var concepts = new QuestionAnalyzer().Concepts("죽었는데 걸어주지 건전지", term => term == "건전지").Select(c => c.Term).ToList();
        Assert.Contains("건전지", concepts);
        Assert.DoesNotContain("죽었는데", concepts);
    }
}
