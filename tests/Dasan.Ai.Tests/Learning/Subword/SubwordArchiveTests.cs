using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;

namespace Dasan.Ai.Tests.Learning.Subword;

public sealed class SubwordArchiveTests
{
    [Fact]
    public void Load_OfASavedModel_PredictsBitForBitTheSame_EvenWithHalvesOfSurrogatePairsAmongItsFeatures()
    {
        // 🚒 and 🔥 are two UTF-16 units each: one-character n-grams cut them in half (UTF-8 would turn both halves into
        // the same replacement character and two features into one).
        var rows = SyntheticCivicData.Create(10).Append(new LabeledText("소방차 🚒 출동 🔥 연기", "transport")).ToList();
        var model = new SubwordClassifierTrainer(SubwordClassifierOptions.Default with { Dimensions = 16, Epochs = 5 }).Train(rows);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = SubwordClassifier.Load(stream);

        Assert.Equal(model.Options, loaded.Options);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        foreach (var text in SyntheticCivicData.HeldOut.Select(r => r.Text).Append("🚒🔥 불이야 ㅠㅠ").Append("zzzz"))
        {
            var (a, b) = (new double[model.Labels.Count], new double[model.Labels.Count]);
            model.PredictProbabilities(text, a);
            loaded.PredictProbabilities(text, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void Load_WhenTheBytesAreCutShortOrNotAModel_SaysTheModelIsDamaged()
    {
        var model = new SubwordClassifierTrainer(SubwordClassifierOptions.Default with { Dimensions = 8, Epochs = 1 }).Train(SyntheticCivicData.Create(3));
        using var whole = new MemoryStream();
        model.Save(whole);
        var bytes = whole.ToArray();

        Assert.Throws<InvalidDataException>(() => SubwordClassifier.Load(new MemoryStream(bytes[..(bytes.Length / 2)])));
        Assert.Throws<InvalidDataException>(() => SubwordClassifier.Load(new MemoryStream("PK\u0003\u0004 not a model"u8.ToArray())));
    }
}
