using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>Questions found refused by asking the assistant as a citizen would (none from an evaluation set).</summary>
public sealed class CitizenWordingAnswerTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public CitizenWordingAnswerTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("서울형 생활임금 얼마예요?", "seoul-living-wage.md", "11,779원")]
    [InlineData("따릉이 1시간권 얼마에요", "ttareungyi-public-bike.md", "일일권: 1시간권 1,000원")]
    [InlineData("폐가전 무료수거 신청 방법", "waste-appliance-free-pickup.md", "1599-0903")]
    [InlineData("기초생활수급 신청하면 결과 언제 나와요", "basic-livelihood-security.md", "30일")]
    [InlineData("장콜 번호 알려주세요", "disability-call-taxi.md", "1588-4388")]
    public void Answer_WhenAskedInCitizensWords_AnswersFromTheGuide(string question, string document, string fact)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(document, answer.Citations[0].DocumentId);
        Assert.Contains(fact, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", answer.Text, StringComparison.Ordinal);
    }
}
