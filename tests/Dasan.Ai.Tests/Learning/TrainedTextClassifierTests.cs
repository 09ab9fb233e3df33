using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class TrainedTextClassifierTests
{
    private static readonly string[] Probes =
    [
        "시내버스 노선을 늘려 주세요",
        "아파트 단지 이중 주차 단속",
        "재활용 쓰레기 수거 날짜",
        "긴급 복지 지원금 신청",
        "전혀 관계없는 문장입니다",
        "",
    ];

    [Theory]
    [InlineData(TextClassifierAlgorithm.MaximumEntropy)]
    [InlineData(TextClassifierAlgorithm.AveragedPerceptron)]
    public void Load_WhenSavedModelIsReadBack_GivesIdenticalPredictions(TextClassifierAlgorithm algorithm)
    {
        var original = new TextClassifierTrainer(new TextClassifierOptions { Algorithm = algorithm }).Train(SyntheticCivicData.Create(30));
        using var stream = new MemoryStream();
        original.Save(stream);
        stream.Position = 0;

        var loaded = TrainedTextClassifier.Load(stream);

        Assert.Equal(original.Labels, loaded.Labels);
        Assert.Equal(original.Summary.FeatureCount, loaded.Summary.FeatureCount);
        foreach (var probe in Probes)
        {
            Assert.Equal(original.Predict(probe, 4), loaded.Predict(probe, 4));
        }
    }

    [Fact]
    public void Load_WhenStreamIsNotAnArchive_ThrowsInvalidDataException()
    {
        using var stream = new MemoryStream("not a zip"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => TrainedTextClassifier.Load(stream));
    }

    [Fact]
    public void Predict_WhenCalledFromManyThreads_GivesTheSameAnswersAsOneThread()
    {
        var classifier = new TextClassifierTrainer().Train(SyntheticCivicData.Create(20));
        var expected = Probes.Select(p => classifier.Predict(p, 2)).ToArray();

        var results = new IReadOnlyList<LabelScore>[Probes.Length * 50];
        Parallel.For(0, results.Length, i => results[i] = classifier.Predict(Probes[i % Probes.Length], 2));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % Probes.Length], results[i]);
        }
    }
}
