using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>The answer of the kind asked for may sit in another section of the top guide than the passages search ranked
/// first (ADR 0324, 2026-12-05): "얼마" about 문화누리카드 is answered under its heading 지원 금액.</summary>
public sealed class AnswerCoverageTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("문화누리카드 올해 얼마 충전돼요")]
    [InlineData("문화누리카드 지원금 얼마예요")]
    public void Assess_WhenTheAmountIsInAnotherSectionOfTheTopGuide_CountsItAsAnAnswer(string question)
    {
        var features = new ExtractiveAnswerer(fixture.Index).Assess(question);

        Assert.Equal(QuestionIntent.HowMuch, features.Intent);
        Assert.True(features.AnswerCoverage > 0, $"answer coverage {features.AnswerCoverage}");
    }
}
