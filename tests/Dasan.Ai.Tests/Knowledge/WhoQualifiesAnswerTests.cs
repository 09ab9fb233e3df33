using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>"Who can get it" is answered from the guide's own eligibility section, and no answer opens with a sentence that leans on one it left out.</summary>
public sealed class WhoQualifiesAnswerTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public WhoQualifiesAnswerTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("기초연금 받을 수 있는 사람은?")] // 사람 names the slot asked about, not a word the guide must contain
    [InlineData("기초연금은 누가 받을 수 있나요?")] // another guide's line on 기초연금 수급자 must not pull the answer away
    [InlineData("기초연금 대상이 누구예요?")]
    public void Answer_WhenAskedWhoQualifies_OpensWithTheGuidesEligibilitySection(string question)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.All(answer.Citations, c => Assert.Equal("basic-pension.md", c.DocumentId));
        Assert.Equal("지급 대상", answer.Citations[0].Section);
        Assert.StartsWith("만 65세 이상", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenAskedWhoQualifies_KeepsTheGuidesOrderOfConditions()
    {
        // The guide lists residence and age first, then household, then rent and income: all apply, in that order.
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("청년 월세 지원 대상이 누구예요?");

        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("서울시에 주민등록을 두고 사는 만 19세부터 39세까지의 청년", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("맞벌이면 어린이집 입소 우선순위 되나요? 무슨 서류 내요")] // was "그 밖에 어린이집이 정한 기준: …" first
    [InlineData("개 물림 사고 당했는데 어떻게 해야 돼요")] // was "다만 물림 사고 이력이 있다면 …" first
    public void Answer_DoesNotOpenWithASentenceLeaningOnTheOneBefore(string question)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.DoesNotMatch(@"^(다만|그 밖에|이때|하지만|또한)", answer.Text);
    }

    [Fact]
    public void Answer_WhenTheOnlySentenceHoldingTheAmountLeansOnAnother_KeepsItFirst()
    {
        // "이때 보증금 500원을 넣고 …" is the one sentence with the amount: a how-much question is answered by it first.
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("지하철 우대권 보증금 얼마고 어디서 돌려받아요");

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("500원", answer.Text.Split(" [1]")[0], StringComparison.Ordinal);
    }
}
