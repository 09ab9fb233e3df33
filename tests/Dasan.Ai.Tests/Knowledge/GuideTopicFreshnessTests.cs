using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>The shipped topic model against the guides as indexed now: it speaks only for a guide whose words it was fitted on.</summary>
public sealed class GuideTopicFreshnessTests(KnowledgeFixture fx) : IClassFixture<KnowledgeFixture>
{
    private const string Youth = "seoul-youth-allowance.md";
    private const string NearMiss = "청년도약계좌 가입 조건이 뭐예요";

    [Fact]
    public void Probability_WhenGuideIsAsShipped_ReadsWhatTheTrainingQuestionsTaught()
    {
        var topics = RefusalModel.Default.Topics!;

        var topic = new ExtractiveAnswerer(fx.Index).Assess(NearMiss).Topic;

        Assert.StartsWith("G=" + Youth + "\n" + GuideTopicModel.FingerprintPrefix + topics.Fingerprints![Youth] + "\n", topic, StringComparison.Ordinal);
        Assert.True(topics.Probability(topic) < topics.Prior, $"{topics.Probability(topic)}");
    }

    [Fact]
    public void Probability_WhenAnAdministratorAddedTheMissingFact_IsTheShareOfAnswerableQuestions()
    {
        // The near miss the training writers asked is now answered by the guide: what they taught no longer holds.
        using var index = KnowledgeIndex.InMemory();
        index.Rebuild([.. fx.Chunks.Select(c => c.DocumentId == Youth && c.Ordinal == 0 ? c with { Text = c.Text + " 청년도약계좌는 만 19세에서 34세 청년이 소득 조건을 갖추면 가입할 수 있습니다." } : c)]);
        var topics = RefusalModel.Default.Topics!;

        var topic = new ExtractiveAnswerer(index).Assess(NearMiss).Topic;

        Assert.StartsWith("G=" + Youth + "\n", topic, StringComparison.Ordinal);
        Assert.Equal(topics.Prior, topics.Probability(topic));
    }
}
