using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// The guide an answer is drawn from: the one naming the question's subject, not one repeating a common word of it; and
/// words typed apart that the guides write as one are read as that word.
/// </summary>
public sealed class GuideChoiceTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Concepts_WhenTwoWordsTypedApartAreOneKnownWord_JoinsThem()
    {
        var known = new HashSet<string> { "장애인", "장애인콜택시", "예약" };

        var concepts = new QuestionAnalyzer().Concepts("장애인 콜택시 예약하는 방법", known.Contains).Select(c => c.Term).ToList();

        Assert.Equal(["장애인콜택시", "예약"], concepts);
    }

    [Fact]
    public void Concepts_WhenBothWordsAreKnown_KeepsThemApart()
    {
        var known = new HashSet<string> { "서울", "도서관", "서울도서관" };

        var concepts = new QuestionAnalyzer().Concepts("서울 도서관 위치", known.Contains).Select(c => c.Term).ToList();

        Assert.Contains("서울", concepts);
        Assert.Contains("도서관", concepts);
    }

    [Fact]
    public void Terms_WhenAWordHasSeveralGuideWords_TheyShareItsWeight()
    {
        var terms = new QuestionAnalyzer().Terms("경복궁 입장료 얼마예요");

        Assert.Equal(1f, terms.Single(t => t.Term == "경복궁").Weight);
        Assert.Equal(1f / 3, terms.Single(t => t.Term == "관람료").Weight, 5);
        Assert.Equal(1f / 3, terms.Single(t => t.Term == "요금").Weight, 5);
    }

    [Fact]
    public void Hits_WhenACommonWordRanksAnotherGuideFirst_LeadWithTheGuideHoldingEveryWord()
    {
        using var index = KnowledgeIndex.InMemory();
        index.Replace("water.md", Chunks("water.md", "수도 안내", ["납부: 요금 요금 요금 냅니다."]));
        index.Replace("palace.md", Chunks("palace.md", "궁궐 관람 안내", [
            "경복궁 관람: 경복궁은 조선의 법궁으로 광화문을 지나 흥례문과 근정문을 거쳐 근정전에 이르는 길을 따라 걸으며 둘러봅니다. 어른 관람 요금은 3,000원이고 한복을 입으면 무료입니다.",
            "경복궁 휴궁일: 경복궁은 화요일에 쉽니다.", "경복궁 해설: 경복궁 해설은 하루 세 번 있습니다.", "경복궁 가는 길: 경복궁역에서 내립니다."]));
        index.Replace("other.md", Chunks("other.md", "도서관 안내", ["회원: 도서관 회원증을 만듭니다.", "대출: 책은 다섯 권까지 빌립니다.", "반납: 무인 반납함을 씁니다."]));
        index.Commit();
        var answerer = new ExtractiveAnswerer(index);

        var searched = index.Search("경복궁 요금 얼마예요");
        var hits = answerer.Hits("경복궁 요금 얼마예요");

        Assert.Equal("water.md", searched[0].Chunk.DocumentId);
        Assert.Equal("palace.md", hits[0].Chunk.DocumentId);
        Assert.Equal(searched.Count, hits.Count);
    }

    [Fact]
    public void Hits_WhenAnotherGuideHoldsOtherWordsOnly_KeepTheSearchOrder()
    {
        using var index = KnowledgeIndex.InMemory();
        index.Replace("pension.md", Chunks("pension.md", "기초연금 안내", ["기초연금: 기초연금은 만 65세 이상 어르신에게 드립니다.", "기초연금 지급액: 기초연금은 한 달 최대 34만 원입니다."]));
        index.Replace("taxi.md", Chunks("taxi.md", "엄마아빠택시", ["엄마 택시: 엄마와 아기가 타는 택시입니다."]));
        index.Commit();
        var answerer = new ExtractiveAnswerer(index);

        var searched = index.Search("엄마 기초연금 얼마예요");
        var hits = answerer.Hits("엄마 기초연금 얼마예요");

        Assert.Equal(searched.Select(h => h.Chunk.Id), hits.Select(h => h.Chunk.Id));
    }

    [Theory]
    [InlineData("경복궁 입장료 얼마고 몇살까지 무료야", "palaces-heritage-visits.md")]
    [InlineData("장애인 콜택시 예약하는 방법 알려주세요", "disability-call-taxi.md")]
    public void Hits_OnTheShippedGuides_LeadWithTheGuideOfTheSubject(string question, string document)
    {
        var hits = new ExtractiveAnswerer(fx.Index).Hits(question);

        Assert.Equal(document, hits[0].Chunk.DocumentId);
    }

    [Fact]
    public void Answer_WhenAListLineNamesTheSubjectUnderAHeadingNamingTheRest_LeadsWithThatLine()
    {
        // "경복궁: … 3,000원" under 관람료 holds both words of the question; "창덕궁: … 관람료 …" only one.
        var answer = new ExtractiveAnswerer(fx.Index).Answer("경복궁 입장료 얼마예요");

        Assert.False(answer.Refused, answer.Text);
        Assert.StartsWith("경복궁", answer.Text, StringComparison.Ordinal);
    }

    private static List<KnowledgeChunk> Chunks(string document, string title, string[] sections) =>
        [.. sections.Select((text, i) => new KnowledgeChunk($"{document}#{i}", document, i, title, text.Split(':')[0], text, 0, text.Length, null, null, "ko"))];
}
