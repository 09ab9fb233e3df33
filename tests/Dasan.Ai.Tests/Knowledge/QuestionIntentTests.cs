using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class QuestionIntentTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public QuestionIntentTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("대형폐기물 어떻게 버려요?", QuestionIntent.How)]
    [InlineData("경복궁 입장료 얼마예요", QuestionIntent.HowMuch)]
    [InlineData("청년수당 몇살까지 받을 수 있어요", QuestionIntent.Eligibility)]
    [InlineData("정보공개청구 하면 며칠 안에 답 줘요", QuestionIntent.When)]
    [InlineData("강아지 등록은 어디서 해요", QuestionIntent.Where)]
    [InlineData("서울신용보증재단 전화번호", QuestionIntent.Contact)]
    [InlineData("기후동행카드가 뭐예요", QuestionIntent.Other)]
    [InlineData("폐가전 무료수거 신청 방법", QuestionIntent.How)]
    [InlineData("어르신 교통카드 무료로 받으려면 어떻게 해요", QuestionIntent.How)]
    [InlineData("청년 할인 받으면 얼마예요", QuestionIntent.HowMuch)]
    [InlineData("폐가전 무료로 가져가나요", QuestionIntent.HowMuch)]
    [InlineData("독감 무료접종 대상이 누구에요", QuestionIntent.Eligibility)] // 무료 names the topic; who is asked
    [InlineData("기후동행카드 할인 언제까지 해요", QuestionIntent.When)]
    [InlineData("무료 와이파이 어디서 잡혀요", QuestionIntent.Where)]
    public void Detect_WhenCitizenAsks_ReturnsWhatIsAskedFor(string question, QuestionIntent expected) =>
        Assert.Equal(expected, QuestionIntentDetector.Detect(question));

    [Theory]
    [InlineData("여성긴급전화 1366: 24시간, 365일 운영하며 긴급 상담을 합니다.")] // a four-digit national hotline
    [InlineData("청소년 상담은 1388로 전화하세요.")]
    [InlineData("응급 상황이면 119에 신고합니다.")]
    public void HasEvidence_WhenSentenceGivesAHotline_HoldsAContact(string sentence) =>
        Assert.True(QuestionIntentDetector.HasEvidence(QuestionIntent.Contact, sentence));

    [Fact]
    public void Answer_WhenAskedHowToDisposeOfBulkyWaste_GivesTheStepsNotTheDefinition()
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer("대형폐기물 어떻게 버려요?");

        Assert.False(answer.Refused);
        Assert.StartsWith("1.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2.", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("말합니다", answer.Text, StringComparison.Ordinal);
        Assert.Equal("large-waste-disposal.md", answer.Citations[0].DocumentId);
    }

    [Theory]
    [InlineData("주정차 과태료 억울한데 이의신청 어떻게 해요", "parking-fine-payment-objection.md")]
    [InlineData("청년 월세 지원 어떻게 신청해요", "youth-monthly-rent-support.md")]
    public void Answer_WhenTheIssueReportedARefusal_NowAnswersFromTheGuide(string question, string document)
    {
        var answer = new ExtractiveAnswerer(_fixture.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.DocumentId == document);
    }

    [Fact]
    public void Concepts_WhenColloquialWordUsed_MatchTheGuidesWord()
    {
        var concept = Assert.Single(new QuestionAnalyzer().Concepts("강아지"));

        Assert.Contains("반려견", concept.Alternatives!);
    }
}
