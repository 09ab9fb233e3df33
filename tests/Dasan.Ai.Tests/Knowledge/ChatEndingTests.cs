using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// Words typed the way people chat (받을수, 올때, 얼마임, 지원해주나요, 음쓰) or the way staff forward a case (… 관련
/// 문의드립니다, 민원인 …) are read for the word they carry, not as unknown words the guide must contain. Sentences written for these tests, not taken from an evaluation set.
/// </summary>
public sealed class ChatEndingTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    private List<QuestionConcept> Concepts(string question) => new QuestionAnalyzer().Concepts(question, fx.Index.Knows).ToList();

    [Theory]
    [InlineData("엄마가 기초연금 받을수 있는지 궁금해요", "받을수", "있는지")]
    [InlineData("비 많이 올때 지하차도 지나가도 되나요", "올때", "많이")]
    [InlineData("따릉이 반납 언제까지임", "언제까지임", "까지")]
    [InlineData("청년수당 얼마부터에요 뭐가 필요해요", "얼마부터에요", "뭐가")]
    [InlineData("치매검사 무료로 받을수있는곳 알려줘", "받을수있는곳", "알려줘")]
    [InlineData("아랫집 담배 냄새가 너무 심한데 어디 말해요", "심한데", "너무")]
    [InlineData("요즘 너무 추운데 난방비 지원 있나요", "추운데", "요즘")]
    [InlineData("장애인콜택시 어케 타능교", "타능교", "어케")]
    [InlineData("재산세 분할납부 우째 되는교", "되는교", "우째")]
    [InlineData("수도요금 어데서 내믄 되노 강서구 사는디", "사는디", "어데서")]
    [InlineData("I'm new here, I want to make a library card", "want", "make")]
    [InlineData("I'm new here, I want to make a library card", "m", "make")]
    [InlineData("대형폐기물 수수료 얼마정도 해요 수거는 며칠 걸려요", "얼마정도", "며칠")]
    [InlineData("가로등이 며칠째 꺼져 있는데 집앞이라 내가 신고해도 돼요", "며칠째", "내가")]
    public void Concepts_WhenAWordIsAChatEnding_LeavesItOut(string question, string ending, string other)
    {
        var concepts = Concepts(question);

        Assert.DoesNotContain(concepts, c => c.Term == ending || c.Term == other);
        Assert.NotEmpty(concepts);
    }

    [Theory]
    [InlineData("애가 밤에 열이 나요", "애가", "아이")]
    [InlineData("손주 데리고 키즈카페 가도 돼요", "손주", "아이")]
    [InlineData("서울시 홈페이지 비번 까먹었어요", "비번", "비밀번호")]
    [InlineData("지하철역 엘베 어디 있어요", "엘베", "엘리베이터")]
    [InlineData("주민등록등본 무료로 뽑는 방법", "뽑는", "발급")]
    [InlineData("자궁경부암 백신 무료로 맞을 수 있어요", "자궁경부암", "hpv")]
    [InlineData("HIV 검사 익명으로 돼요", "hiv", "에이즈")]
    [InlineData("층간소음 아랫집에서 자꾸 올라와요", "아랫집", "층간소음")]
    public void Concepts_WhenAWordIsColloquial_MatchesTheGuidesWord(string question, string word, string guideWord)
    {
        var concept = Concepts(question).Single(c => c.Term == word);

        Assert.Contains(guideWord, concept.Alternatives ?? []);
    }

    [Fact]
    public void Concepts_WhenTheCopulaIsGluedToANoun_TheNounIsTheWholeWord()
    {
        var concept = Assert.Single(Concepts("승용차에요 얼마예요"));

        Assert.Equal("승용차", concept.Term);
        Assert.Equal(1.0, concept.MatchIn(new HashSet<string> { "승용차" }), 6);
    }

    [Fact]
    public void Concepts_WhenAVerbEndingIsGluedToANoun_KeepsTheNounAlone()
    {
        var concept = Assert.Single(Concepts("청년수당 지원해주나요"), c => c.Term.StartsWith("지원", StringComparison.Ordinal));

        Assert.DoesNotContain("주나요", concept.Parts);
    }

    [Theory]
    [InlineData("귤 껍질은 음쓰예요?", "food-waste-disposal.md")]
    [InlineData("길냥이 밥 줘도 되나요", "stray-cat-tnr.md")]
    [InlineData("공공 wifi 비밀번호 있어요?", "seoul-public-wifi.md")]
    [InlineData("주정차 과태료 이의신청 관련 문의드립니다", "parking-fine-payment-objection.md")]
    [InlineData("민원인 기초연금 신청 장소 확인 요청", "basic-pension.md")]
    public void Answer_WhenAskedInChatWords_AnswersFromTheGuide(string question, string document)
    {
        var answer = new ExtractiveAnswerer(fx.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Equal(document, answer.Citations[0].DocumentId);
    }
}
