using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>A server answers many citizens at once from one answerer: what it reads in a question must not depend on that.</summary>
public sealed class ConcurrentAssessTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public ConcurrentAssessTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Fact]
    public void Assess_WhenManyQuestionsAtOnce_ReadsEachAsAlone()
    {
        var questions = _fixture.TrainingQuestions.Take(400).Select(q => q.Question).ToList();
        var alone = new ExtractiveAnswerer(_fixture.Index);
        var expected = questions.Select(q => Describe(alone.Assess(q))).ToList();

        var shared = new ExtractiveAnswerer(_fixture.Index);
        var seen = new string[questions.Count * 3];
        Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => seen[i] = Describe(shared.Assess(questions[i % questions.Count])));

        Assert.All(Enumerable.Range(0, seen.Length), i => Assert.Equal(expected[i % questions.Count], seen[i]));
    }

    private static string Describe(RelevanceFeatures f) => string.Join(',', f.ToVector().Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "|" + f.Shape + "|" + f.Topic;
}
