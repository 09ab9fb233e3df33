using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class TextClassifierTrainerTests
{
    private static readonly Lazy<TrainedTextClassifier> Trained = new(() => new TextClassifierTrainer().Train(SyntheticCivicData.Create(30)));

    [Fact]
    public void Predict_WhenSentencesAreHeldOut_ReturnsTheirTopic()
    {
        foreach (var row in SyntheticCivicData.HeldOut)
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
