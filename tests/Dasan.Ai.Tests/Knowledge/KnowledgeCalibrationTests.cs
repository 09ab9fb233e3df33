using Dasan.Ai.Knowledge;
using Dasan.Testing;

namespace Dasan.Ai.Tests.Knowledge;

/// <summary>
/// Refitting the refusal model from the shipped questions gives the shipped model. A class of its own, so that its
/// minute of single-threaded fitting runs beside the other knowledge tests instead of after them, and a collection xUnit
/// starts first (<c>SlowFirstCollectionOrderer</c>, ADR 0327).
/// </summary>
[Collection(SlowFirstCollectionOrderer.Prefix + "refusal-model refit")]
public sealed class KnowledgeCalibrationTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Calibrate_WhenTrainingAndTuningQuestions_ReproducesShippedModel()
    {
        var model = KnowledgeEvaluator.Calibrate(new ExtractiveAnswerer(fixture.Index), fixture.TrainingQuestions, fixture.Questions);

        Assert.Equal(RefusalModel.Default.Threshold, model.Threshold, 3);
        Assert.Equal(RefusalModel.Default.Trees.Count, model.Trees.Count);
        var answerer = new ExtractiveAnswerer(fixture.Index);
        foreach (var question in fixture.Questions.Take(40))
        {
            var features = answerer.Assess(question.Question);
            Assert.Equal(RefusalModel.Default.Score(features), model.Score(features), 6);
        }
    }
}
