using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>Questions typed on a phone without spaces or with 하다-verbs are understood like their spaced, noun forms.</summary>
public sealed class UnspacedQuestionTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    private static readonly HashSet<string> Known = ["경복궁", "입장료", "입장", "한옥마을", "길고양이", "보상", "을수", "하는", "정보공개청구"];

    private static List<string> Concepts(string question) =>
        new QuestionAnalyzer().Concepts(question, Known.Contains).Select(c => c.Term).ToList();

    private static List<string> Parts(string question) =>
        new QuestionAnalyzer().Concepts(question, Known.Contains).SelectMany(c => c.Parts).ToList();

    [Fact]
    public void Concepts_WhenCompoundTypedWithoutSpaces_KeepsTheKnownWordsAsParts()
    {
        var concept = Assert.Single(new QuestionAnalyzer().Concepts("경복궁입장료 얼마", Known.Contains));

        Assert.Equal(["경복궁", "입장료"], concept.Parts);
        Assert.Equal(0.8, concept.MatchIn(new HashSet<string> { "경복궁", "입장료" }), 6);
        Assert.Equal(0.4, concept.MatchIn(new HashSet<string> { "경복궁" }), 6);
    }

    [Fact]
    public void Concepts_WhenUnknownWordLeadsTheCompound_KeepsItAsAPart()
    {
        Assert.Equal(["남산", "한옥마을"], Parts("남산한옥마을"));
    }

    [Fact]
    public void Concepts_WhenSplitLeavesVerbRemnants_DropsThem()
    {
        Assert.Contains("보상", Concepts("포트홀 때문에 보상받을수 있나요"));
        Assert.DoesNotContain("을수", Parts("포트홀 때문에 보상받을수 있나요"));
        Assert.Equal(["정보공개청구"], Concepts("정보공개청구하는곳"));
    }

    [Fact]
    public void Concepts_WhenCompoundOnlyStartsWithAColloquialWord_DoesNotTakeItsGuideWords()
    {
        var known = new HashSet<string> { "노인", "학대", "반려견" };
        var analyzer = new QuestionAnalyzer();

        var abuse = Assert.Single(analyzer.Concepts("노인학대 신고", known.Contains), c => c.Term == "노인학대");
        var dog = Assert.Single(analyzer.Concepts("강아지 등록", known.Contains), c => c.Term == "강아지");

        Assert.Empty(abuse.Alternatives ?? []);
        Assert.Equal(0.4, abuse.MatchIn(new HashSet<string> { "노인", "어르신" }), 6);
        Assert.Contains("반려견", dog.Alternatives ?? []);
    }

    [Fact]
    public void Concepts_WhenHadaVerb_KeepsItsNoun()
    {
        var concepts = Concepts("길고양이 입양하려면 어디 가야돼요");

        Assert.Contains("길고양이", concepts);
        Assert.Contains("입양", concepts);
    }

    [Fact]
    public void Concepts_WithoutKnowledgeOfTheIndex_LeavesWordsWhole()
    {
        var concepts = new QuestionAnalyzer().Concepts("경복궁입장료").Select(c => c.Term).ToList();

        Assert.DoesNotContain("입장료", concepts);
    }

    [Theory]
    [InlineData("소화기사용법", "fire-safety-119.md")]
    [InlineData("전입신고기한", "move-in-report.md")]
    [InlineData("경복궁입장료", "palaces-heritage-visits.md")]
    [InlineData("경복궁입장료?", "palaces-heritage-visits.md")]
    public void Answer_WhenQuestionTypedWithoutSpaces_AnswersFromTheGuide(string question, string document)
    {
        var answer = new ExtractiveAnswerer(fx.Index).Answer(question);

        Assert.False(answer.Refused, answer.Text);
        Assert.Contains(answer.Citations, c => c.DocumentId == document);
    }

    [Theory]
    [InlineData("경복궁입장료?")]
    [InlineData("경복궁입장료ㅠㅠ")]
    public void Concepts_WhenUnspacedWordEndsWithPunctuation_StillSplitsIt(string question)
    {
        var concept = Assert.Single(new QuestionAnalyzer().Concepts(question, Known.Contains));

        Assert.Equal(["경복궁", "입장료"], concept.Parts);
    }

    [Fact]
    public void Concepts_WhenSplitCompoundEndsLikeAVerb_KeepsItAndItsHead()
    {
        var known = new HashSet<string> { "층간소음", "신고", "겨울철", "한파쉼터" };
        var analyzer = new QuestionAnalyzer();

        var noise = Assert.Single(analyzer.Concepts("층간소음신고", known.Contains));
        var shelter = Assert.Single(analyzer.Concepts("겨울철한파쉼터", known.Contains));

        Assert.Equal(["층간소음", "신고"], noise.Parts);
        Assert.Equal("겨울철한파쉼터", shelter.Term);
    }

    [Fact]
    public void Answer_WhenQuestionIsVeryLongWithoutSpaces_AnswersOrRefusesWithoutThrowing()
    {
        var question = string.Concat(Enumerable.Repeat("경복궁입장료대형폐기물층간소음", 70));

        var answer = new ExtractiveAnswerer(fx.Index).Answer(question);

        Assert.NotNull(answer.Text);
    }

    [Fact]
    public void CountEvidence_WhenGuideStatesTheCountAsked_IsOne()
    {
        Assert.Equal(1, CountedQuestion.Evidence("한파쉼터 몇월부터 운영해요", ["한파쉼터는 11월부터 3월까지 운영합니다."]));
        Assert.Equal(-1, CountedQuestion.Evidence("한파쉼터 몇월부터 운영해요", ["한파쉼터는 구청이 지정해 운영합니다."]));
        Assert.Equal(-1, CountedQuestion.Evidence("전자책 몇 권 빌려요", ["전자책은 회원이면 누구나 빌릴 수 있습니다."]));
        Assert.Equal(0, CountedQuestion.Evidence("한파쉼터 어디 있어요", ["한파쉼터는 구청이 지정해 운영합니다."]));
    }

    [Theory]
    [InlineData("검정고시 1년에 몇번 봐요", "검정고시는 서울시교육청이 1년에 두 번 시행합니다.")]
    [InlineData("학원비 지원 몇 달 받아요", "지원은 한 달에 한 번, 두 달 동안 받습니다.")]
    [InlineData("한 번에 몇 명까지 들어가요", "보호자 두 명이 함께 들어갈 수 있습니다.")]
    public void CountEvidence_WhenGuideWritesTheCountInKoreanWords_IsOne(string question, string sentence) =>
        Assert.Equal(1, CountedQuestion.Evidence(question, [sentence]));

    [Fact]
    public void CountEvidence_WhenOnlyAllAtOnce_IsNotACount() =>
        Assert.Equal(-1, CountedQuestion.Evidence("1년에 몇번 신청해요", ["여러 지원을 한 번에 신청할 수 있습니다."]));
}
