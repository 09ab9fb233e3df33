using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class TextClassifierTrainerTests
{
    private static readonly Lazy<TrainedTextClassifier> Trained = new(() => new TextClassifierTrainer().Train(SyntheticCivicData.Create(30)));

    [Fact]
    public void Predict_WhenSentencesAreHeldOut_ReturnsTheirTopic()
    {
        var heldOut = new[]
        {
            new LabeledText("마을버스가 너무 늦게 와서 출근이 힘듭니다", "transport"),
            new LabeledText("골목길에 불법 주차한 차를 견인해 주세요", "parking"),
            new LabeledText("음식물 쓰레기 냄새가 심해요", "waste"),
            new LabeledText("독거노인 돌봄 서비스 신청 방법이 궁금합니다", "welfare"),
        };

        foreach (var row in heldOut)
        {
            Assert.Equal(row.Label, Trained.Value.Predict(row.Text, 1)[0].Label);
        }
    }

    [Fact]
    public void Predict_WhenAskedForTopK_ReturnsKLabelsInDescendingProbabilitySummingBelowOne()
    {
        var top = Trained.Value.Predict("버스 정류장 쓰레기", 3);

        Assert.Equal(3, top.Count);
        Assert.True(top[0].Probability >= top[1].Probability && top[1].Probability >= top[2].Probability);
        Assert.InRange(top.Sum(s => s.Probability), 0, 1.0000001);
    }

    [Fact]
    public void Train_WhenDataHasOneLabel_ThrowsLabeledDataException()
    {
        var data = SyntheticCivicData.Create(5).Where(r => r.Label == "waste").ToList();

        var error = Assert.Throws<LabeledDataException>(() => new TextClassifierTrainer().Train(data));

        Assert.Contains("at least two labels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_WhenProgressIsObserved_ReportsStagesInOrderEndingComplete()
    {
        var reports = new List<TrainingProgress>();

        new TextClassifierTrainer().Train(SyntheticCivicData.Create(10), new SynchronousProgress(reports.Add));

        Assert.Equal(TrainingStage.Completed, reports[^1].Stage);
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Equal(reports.Select(r => r.Fraction).Order(), reports.Select(r => r.Fraction));
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
