using System.Text.Json;
using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class KnowledgeEvaluatorTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public KnowledgeEvaluatorTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Fact]
    public void Evaluate_WhenShippedKnowledgeBase_RetrievalMeetsTargetOnTestHalf()
    {
        var evaluation = KnowledgeEvaluator.Evaluate(_fixture.Index, new ExtractiveAnswerer(_fixture.Index), _fixture.Questions);

        Assert.Equal(251, evaluation.TuningHalf.Questions + evaluation.TestHalf.Questions);
        Assert.True(evaluation.TestHalf.RecallAt5 >= 0.90, evaluation.ToJson());
        Assert.True(evaluation.TestHalf.Mrr >= 0.80, evaluation.ToJson());
    }

    [Fact]
    public void Evaluate_WhenShippedKnowledgeBase_RefusesMostUnanswerableOnBothHalves()
    {
        var evaluation = KnowledgeEvaluator.Evaluate(_fixture.Index, new ExtractiveAnswerer(_fixture.Index), _fixture.Questions);

        Assert.True(evaluation.TuningHalf.RefusalRate >= 0.80, evaluation.ToJson());
        Assert.True(evaluation.TestHalf.RefusalRate >= 0.80, evaluation.ToJson());
        Assert.True(evaluation.TestHalf.FalseRefusalRate <= 0.45, evaluation.ToJson());
    }

    [Fact]
    public void ToJson_WhenSerialised_HasSnakeCaseKeys()
    {
        var evaluation = KnowledgeEvaluator.Evaluate(_fixture.Index, new ExtractiveAnswerer(_fixture.Index), _fixture.Questions.Take(20).ToList());

        var root = JsonDocument.Parse(evaluation.ToJson()).RootElement;

        foreach (var key in new[] { "recall_at_5", "mrr", "refusal_rate", "false_refusal_rate", "tuning_half", "test_half" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void Calibrate_WhenTuningHalf_ReproducesShippedModel()
    {
        var model = KnowledgeEvaluator.Calibrate(new ExtractiveAnswerer(_fixture.Index), _fixture.Questions);

        Assert.Equal(RefusalModel.Default.Threshold, model.Threshold, 3);
        Assert.Equal(RefusalModel.Default.Weights, model.Weights.Select(w => Math.Round(w, 4)));
    }

    [Fact]
    public void EvalSplit_WhenIdsGiven_IsDeterministicAndRoughlyHalf()
    {
        var tuning = _fixture.Questions.Count(q => EvalSetReader.IsTuning(q.Id));

        Assert.InRange(tuning, 100, 151);
        Assert.Equal(EvalSetReader.IsTuning("q001"), EvalSetReader.IsTuning("q001"));
    }
}
