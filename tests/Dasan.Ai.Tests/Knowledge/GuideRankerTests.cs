using System.Text;
using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>The learned guide ranker (ADR 0110): the guide an answer is drawn from, and how much it looks like one that answers.</summary>
public sealed class GuideRankerTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Hits_WhenTheHeuristicLeadsWithAGuideNamingOtherWords_TheRankerLeadsWithTheGuideOfTheSubject()
    {
        const string question = "스토킹 당하고 있어요 서울시 지원";

        var ranked = new ExtractiveAnswerer(fx.Index).Hits(question);
        var heuristic = new ExtractiveAnswerer(fx.Index, ranker: GuideRanker.None).Hits(question);

        Assert.Equal("violence-victim-support.md", ranked[0].Chunk.DocumentId);
        Assert.NotEqual("violence-victim-support.md", heuristic[0].Chunk.DocumentId);
    }

    [Fact]
    public void Assess_GivesAGuideThatAnswersAHigherScoreThanTheBestGuideForAnotherCitysQuestion()
    {
        var answerer = new ExtractiveAnswerer(fx.Index);

        var answered = answerer.Assess("대형폐기물 스티커 어디서 사요").GuideScore;
        var elsewhere = answerer.Assess("부산 지하철 요금 얼마에요").GuideScore;

        Assert.True(answered > elsewhere, $"{answered} ≤ {elsewhere}");
    }

    [Fact]
    public void Assess_WithoutARanker_ScoresEveryGuideZero()
    {
        var features = new ExtractiveAnswerer(fx.Index, ranker: GuideRanker.None).Assess("대형폐기물 스티커 어디서 사요");

        Assert.Equal(0, features.GuideScore);
    }

    [Fact]
    public void Fit_TwiceOnTheSameCandidates_GivesTheSameRankerAndItRoundTrips()
    {
        var candidates = Candidates();

        var first = GuideRankerFitter.Fit(candidates);
        var second = GuideRankerFitter.Fit(candidates);
        using var stream = new MemoryStream();
        first.Write(stream);
        stream.Position = 0;
        var read = GuideRanker.Read(stream);

        Assert.All(candidates, c => Assert.Equal(first.Score(c.Features), second.Score(c.Features)));
        Assert.All(candidates, c => Assert.Equal(first.Score(c.Features), read.Score(c.Features), 9));
        Assert.True(first.Score(candidates.First(c => c.Right).Features) > first.Score(candidates.First(c => !c.Right).Features));
    }

    [Fact]
    public void Fit_WhenNoCandidateHoldsTheAnswer_SaysSo()
    {
        var ex = Assert.Throws<ArgumentException>(() => GuideRankerFitter.Fit([.. Candidates().Select(c => (c.Features, false))]));

        Assert.Contains("guides that hold the answer", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"trees":[],"bias":0}""")]
    [InlineData("""{"trees":[{"left":[-1],"right":[-2],"feature":[19],"split":[0.5],"leaves":[1,2],"weight":1}],"bias":0}""")]
    [InlineData("not json")]
    public void Read_WhenTheStreamHoldsNoValidRanker_Throws(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        Assert.ThrowsAny<Exception>(() => GuideRanker.Read(stream));
    }

    [Fact]
    public void Read_ATreeOverTheLastCandidateValue_IsValid()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{"trees":[{"left":[-1],"right":[-2],"feature":[18],"split":[0.5],"leaves":[1,2],"weight":1}],"bias":0}"""));

        var ranker = GuideRanker.Read(stream);

        Assert.Equal(2, ranker.Score([.. Enumerable.Repeat(1.0, GuideCandidates.Count)]));
    }

    /// <summary>Candidates from a few questions of our own, each guide marked whether it is the one named.</summary>
    private List<(double[] Features, bool Right)> Candidates()
    {
        var answerer = new ExtractiveAnswerer(fx.Index);
        (string Question, string Document)[] questions =
        [
            ("대형폐기물 스티커 어디서 사요", "large-waste-disposal.md"),
            ("스토킹 당하고 있어요 서울시 지원", "violence-victim-support.md"),
            ("애기 열나는데 밤에 갈 병원", "night-holiday-medical.md"),
            ("자퇴한 딸 검정고시 준비 도움받을 곳", "out-of-school-youth.md"),
            ("경복궁 입장료 얼마예요", "palaces-heritage-visits.md"),
            ("장애인 콜택시 예약하는 방법", "disability-call-taxi.md"),
        ];
        var candidates = questions.SelectMany(q => answerer.Candidates(q.Question).Select(c => (c.Features, c.DocumentId == q.Document))).ToList();
        // Enough rows for FastTree's smallest leaf: the same candidates again, unchanged.
        return [.. Enumerable.Repeat(candidates, 4).SelectMany(c => c)];
    }
}
