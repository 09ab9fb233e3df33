using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>A question asking for an amount, a day, an age or a group is answered with one, not with the guide's definition.</summary>
public sealed class TypedAnswerTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public TypedAnswerTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("기후동행카드 가격이 얼마예요", "62,000원", "climate-card.md")] // the fee list under 요금 names no card: the guide is its subject
    [InlineData("서울역사박물관 관람료", "무료", "seoul-history-museum.md")]
    [InlineData("문화누리카드 누가 받을수있어요", "차상위계층", "culture-nuri-card.md")]
    [InlineData("시립미술관 서소문 본관 쉬는날", "월요일", "seoul-museum-of-art.md")]
    [InlineData("문화누리카드는 어떤 분들이 쓰는 거예요", "수급자", "culture-nuri-card.md")] // 어떤 분들: who qualifies, not what the card is
    public void Answer_WhenQuestionAsksForAKindOfThing_LeadsWithASentenceHoldingIt(string question, string expected, string document)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        var first = answer.Text.Split(" [1]")[0];
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.True(QuestionIntentDetector.HasEvidence(QuestionIntentDetector.Detect(question), first), answer.Text);
        Assert.DoesNotContain("말합니다", first, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal(document, c.DocumentId));
    }

    [Theory]
    [InlineData("기후동행카드 가격이 얼마예요", "62,000원")] // the fare, not the 3,000원 the plastic card costs
    [InlineData("청년월세 몇살까지 받아요", "39세")] // an age, not the deposit limit
    [InlineData("장애인콜택시 요금 얼마예요", "1,500원")] // the water-bill fee section among the passages must not stop the taxi's
    [InlineData("경복궁 화요일에 가도 되나요", "휴궁")] // a yes/no question, not the adults' ticket price
    [InlineData("기후동행카드 광역버스 되나요?", "광역버스")]
    [InlineData("무더위쉼터 보통 몇월에 문 열어요", "6월부터 9월까지")] // 몇월 asks for a month: the season, not where to find a shelter
    [InlineData("My son is 12. Is he old enough to ride a Ttareungyi bike? What is the minimum age?", "13 years old")] // an age named in English
    [InlineData("집 앞 도로에 땅꺼짐이 생겼어요 어디 신고하면 돼요", "120다산콜")] // where to report sits under 신고 방법, which search ranks below what to report
    public void Answer_WhenAsked_OpensWithTheSentenceThatAnswers(string question, string expected)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(expected, answer.Text.Split(" [")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenEnglishQuestionAsksForSomethingFree_FindsTheCapitalisedFree()
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("Is there free wifi in Seoul parks?");

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains("Free Wi-Fi", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhenTheBestSentenceAndTheFirstPassageComeFromDifferentGuides_DoesNotPullAmountsFromEither()
    {
        // "할인" makes this read as a how-much question; it asks whether a rule is true, and is answered from the consumer guide.
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("할인상품은 반품 안된다는데 진짜에요?");

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.DocumentId == "ecommerce-consumer-damage.md");
    }

    [Fact]
    public void Answer_WhenAFrequentlyAskedSituationMatches_GivesItsAnswerNotTheSituation()
    {
        // The guide's FAQ: "**가로등 불빛이 집 안으로 들어와 잠을 못 자요.** 빛 가리개 설치나 각도 조정을 요청할 수 있어요."
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("가로등 불빛이 창문으로 들어와서 잠을 못자요 어떻게 해요");

        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("빛 가리개", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("잠을 못 자요", answer.Text, StringComparison.Ordinal);
    }
}
