using System.Text.Json;
using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class KnowledgeEvaluatorTests : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeFixture _fixture;

    public KnowledgeEvaluatorTests(KnowledgeFixture fixture) => _fixture = fixture;

    [Fact]
    public void Evaluate_WhenShippedKnowledgeBase_RetrievalFindsTheGuideOnTheReportingQuestions()
    {
        var evaluation = _fixture.Evaluation;

        Assert.Equal(_fixture.ReportQuestions.Count, evaluation.Report.Questions);
        Assert.True(evaluation.Report.RecallAt5 >= 0.85, evaluation.ToJson());
        Assert.True(evaluation.Report.Mrr >= 0.70, evaluation.ToJson());
    }

    [Fact]
    public void Evaluate_WhenShippedKnowledgeBase_AnswersAndRefusesBetterThanChanceOnBothSets()
    {
        var evaluation = _fixture.Evaluation;

        // Regression bounds below the measured operating point (ADR 0324: the balanced threshold on every tuning writer's
        // questions), not the targets, which are not met. Failures print figures only (ADR 0107 counts looks).
        foreach (var m in new[] { evaluation.Tuning, evaluation.Report })
        {
            Assert.True(m.RefusalRate >= 0.60, $"refused {m.RefusalRate:P1}");
            Assert.True(m.FalseRefusalRate <= 0.35, $"false refusals {m.FalseRefusalRate:P1}");
            Assert.True(m.OnTopicRate >= 0.60, $"on-topic {m.OnTopicRate:P1}");
        }
    }

    [Fact]
    public void ToJson_WhenSerialised_HasSnakeCaseKeys()
    {
        var evaluation = KnowledgeEvaluator.Evaluate(_fixture.Index, new ExtractiveAnswerer(_fixture.Index), _fixture.Questions.Take(20).ToList(), _fixture.ReportQuestions.Take(20).ToList());

        var root = JsonDocument.Parse(evaluation.ToJson()).RootElement;

        foreach (var key in new[] { "recall_at_5", "mrr", "refusal_rate", "false_refusal_rate", "report", "tuning", "gap" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }

        Assert.True(root.GetProperty("report").TryGetProperty("on_topic_rate", out _));
    }

    [Fact]
    public void RefusalModel_WhenWrittenAndRead_ScoresTheSame()
    {
        var features = new ExtractiveAnswerer(_fixture.Index).Assess("경복궁 입장료 얼마예요");
        using var trees = new MemoryStream();
        using var shapes = new MemoryStream();
        RefusalModel.Default.Write(trees, shapes);
        trees.Position = 0;
        shapes.Position = 0;

        var copy = RefusalModel.Read(trees, shapes);

        Assert.Equal(RefusalModel.Default.Score(features), copy.Score(features), 9);
        Assert.Equal(RefusalModel.Default.Threshold, copy.Threshold);
    }

    [Fact]
    public void RefusalModel_WhenScoredFromManyThreads_ScoresAsOnOne()
    {
        var answerer = new ExtractiveAnswerer(_fixture.Index);
        var features = _fixture.Questions.Take(60).Select(q => answerer.Assess(q.Question)).ToList();
        var sequential = features.Select(RefusalModel.Default.Score).ToList();

        var parallel = new double[features.Count * 4];
        Parallel.For(0, parallel.Length, i => parallel[i] = RefusalModel.Default.Score(features[i % features.Count]));

        Assert.All(Enumerable.Range(0, parallel.Length), i => Assert.Equal(sequential[i % features.Count], parallel[i]));
    }

    [Fact]
    public void Features_WhenVectorised_HaveTheDeclaredCount()
    {
        var features = new ExtractiveAnswerer(_fixture.Index).Assess("경복궁 입장료 얼마예요");

        Assert.Equal(RelevanceFeatures.Count, features.ToVector().Length);
        Assert.Equal(RelevanceFeatures.Count + 2, RefusalModel.Default.Vector(features).Length);
    }

    [Fact]
    public void RefusalModel_WhenShapeStreamIsEmpty_ReadsWithoutShapes()
    {
        using var trees = new MemoryStream();
        RefusalModel.Default.Write(trees, Stream.Null);
        trees.Position = 0;

        var model = RefusalModel.Read(trees, new MemoryStream());

        Assert.Null(model.Shapes);
    }

    [Theory]
    [InlineData("{\"trees\":[{\"left\":[-1],\"right\":[-2],\"feature\":[99],\"split\":[0.5],\"leaves\":[1,2],\"weight\":1}],\"bias\":0,\"threshold\":0}")]
    [InlineData("{\"trees\":[{\"left\":[-1],\"right\":[5],\"feature\":[0],\"split\":[0.5],\"leaves\":[1,2],\"weight\":1}],\"bias\":0,\"threshold\":0}")]
    [InlineData("{\"trees\":[{\"left\":[-1],\"right\":[],\"feature\":[0],\"split\":[0.5],\"leaves\":[1,2],\"weight\":1}],\"bias\":0,\"threshold\":0}")]
    public void RefusalModel_WhenTreeCannotBeWalked_ThrowsInvalidData(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Throws<InvalidDataException>(() => RefusalModel.Read(stream, null));
    }

    [Fact]
    public void RefusalModel_WhenStreamHoldsNoTrees_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("{\"trees\":[],\"bias\":0,\"threshold\":0}"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => RefusalModel.Read(stream, null));
    }

    [Fact]
    public void Shape_WhenQuestionAsked_KeepsItsFormAndHidesItsTopic()
    {
        var answerer = new ExtractiveAnswerer(_fixture.Index);

        var inGuide = answerer.Assess("경복궁 관람료 얼마예요").Shape;
        var unknown = answerer.Assess("뷁뷁뷁 관람료 얼마예요").Shape;

        Assert.DoesNotContain("경복궁", inGuide, StringComparison.Ordinal);
        Assert.Contains("얼마예요", inGuide, StringComparison.Ordinal);
        Assert.Contains(RelevanceAssessor.InGuide.Trim(), inGuide, StringComparison.Ordinal);
        Assert.Contains(RelevanceAssessor.Unknown.Trim(), unknown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("장애인콜택시 콜센터 전화번호 알려주세요", "장애인콜택시 콜센터 전화번호")]
    [InlineData("아이돌봄서비스 요금 좀 알려 주실래요", "아이돌봄서비스 요금")]
    [InlineData("따릉이 대여 방법 가르쳐줘", "따릉이 대여 방법")]
    [InlineData("주정차 과태료 이의신청 관련 문의드립니다", "주정차 과태료 이의신청")] // an office's closing formula
    [InlineData("기초연금 신청 장소 확인 요청", "기초연금 신청 장소 확인")]
    [InlineData("따릉이 대여 방법 안내 부탁드립니다", "따릉이 대여 방법 안내")]
    public void Shape_WhenQuestionEndsInRequestVerb_IsShapeWithoutIt(string request, string bare)
    {
        var answerer = new ExtractiveAnswerer(_fixture.Index);

        var shape = answerer.Assess(request).Shape;

        Assert.Equal(answerer.Assess(bare).Shape.Trim(), shape.Trim());
    }

    [Fact]
    public void EvaluationSets_WhenShipped_ShareNoQuestion()
    {
        var tuning = _fixture.Questions.Select(q => q.Question).ToHashSet();
        var training = _fixture.TrainingQuestions.Select(q => q.Question).ToHashSet();

        Assert.DoesNotContain(_fixture.ReportQuestions, q => tuning.Contains(q.Question) || training.Contains(q.Question));
        Assert.DoesNotContain(_fixture.TrainingQuestions, q => tuning.Contains(q.Question));
    }
}
