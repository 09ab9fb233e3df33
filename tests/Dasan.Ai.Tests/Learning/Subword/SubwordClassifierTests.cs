using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;

namespace Dasan.Ai.Tests.Learning.Subword;

public sealed class SubwordClassifierTests
{
    private static readonly Lazy<SubwordClassifier> Trained = new(() => new SubwordClassifierTrainer().Train(SyntheticCivicData.Create(30)));

    [Fact]
    public void PredictProbabilities_WhenSentencesAreHeldOut_RanksTheirTopicFirst()
    {
        foreach (var row in SyntheticCivicData.HeldOut)
        {
            Assert.Equal(row.Label, Best(row.Text));
        }
    }

    [Fact]
    public void PredictProbabilities_WhenWordsAreMisspelledOrRunTogether_ReadsThemThroughCharacterNGrams()
    {
        // Neither 쓰래기 (typo) nor 음식물쓰레기냄새 (no spaces) is a training word; their syllables are.
        Assert.Equal("waste", Best("음식물쓰레기냄새 심각함 쓰래기 좀"));
        Assert.Equal("transport", Best("마을버스배차간격이 넘 길어욬ㅋ"));
    }

    [Fact]
    public void PredictProbabilities_WhenTextIsOddOrUnknown_SumToOneAndUnknownGetsEqualShares()
    {
        var model = Trained.Value;
        var probabilities = new double[model.Labels.Count];

        model.PredictProbabilities("버스 정류장 <b>쓰레기</b> 😀 garbage", probabilities);
        Assert.Equal(1, probabilities.Sum(), 6);

        model.PredictProbabilities("zzzz qqqq", probabilities);
        Assert.All(probabilities, p => Assert.Equal(1.0 / model.Labels.Count, p, 6));
        Assert.Equal(0, model.Probability("버스", "no-such-label"));
    }

    [Theory]
    [InlineData("버스 버스 정류장 쓰레기 버스 정류장")]
    [InlineData("음식물쓰레기냄새 심각함 쓰래기 좀 <p>쓰레기</p> 😀")]
    [InlineData("")]
    public void PredictProbabilities_WhenWordsAreKeptBetweenTexts_MatchTheFeatureListExactlyColdAndWarm(string text)
    {
        var model = new SubwordClassifierTrainer().Train(SyntheticCivicData.Create(10));
        var hidden = new float[model.Options.Dimensions];
        model.Average(model.Rows(new SubwordFeatures(model.Options).Extract(text)), hidden);
        var expected = new double[model.Labels.Count];
        model.Scores(hidden, expected);

        foreach (var round in new[] { "cold", "warm" })
        {
            var actual = new double[model.Labels.Count];
            model.PredictProbabilities(text, actual);
            Assert.True(expected.SequenceEqual(actual), round);
        }
    }

    [Fact]
    public void Train_WhenRunTwiceOnTheSameData_GivesTheSameModel()
    {
        var data = SyntheticCivicData.Create(10);
        var first = new SubwordClassifierTrainer().Train(data);
        var second = new SubwordClassifierTrainer().Train(data);

        foreach (var text in new[] { "버스가 안 와요", "쓰레기 무단투기", "주차 단속 요청" })
        {
            Assert.Equal(first.Probability(text, "waste"), second.Probability(text, "waste"));
        }
    }

    [Fact]
    public void Train_WhenDataHasOneLabel_ThrowsLabeledDataException()
    {
        var data = SyntheticCivicData.Create(5).Where(r => r.Label == "waste").ToList();

        Assert.Throws<LabeledDataException>(() => new SubwordClassifierTrainer().Train(data));
    }

    [Theory]
    [InlineData(0, 25, 0.5)]
    [InlineData(100_000, 25, 0.5)]
    [InlineData(50, 0, 0.5)]
    [InlineData(50, 25, 0)]
    public void Train_WhenASettingIsOutOfRange_ThrowsArgumentOutOfRange(int dimensions, int epochs, double rate)
    {
        var options = SubwordClassifierOptions.Default with { Dimensions = dimensions, Epochs = epochs, LearningRate = rate };

        Assert.Throws<ArgumentOutOfRangeException>(() => new SubwordClassifierTrainer(options).Train(SyntheticCivicData.Create(2)));
    }

    private static string Best(string text)
    {
        var model = Trained.Value;
        var probabilities = new double[model.Labels.Count];
        model.PredictProbabilities(text, probabilities);
        return model.Labels[Array.IndexOf(probabilities, probabilities.Max())];
    }
}
