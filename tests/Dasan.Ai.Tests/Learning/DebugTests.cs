using Dasan.Ai.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;
using Xunit.Abstractions;

namespace Dasan.Ai.Tests.Learning;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Debug()
    {
        var data = SyntheticCivicData.Create(30);
        var options = TextClassifierOptions.Default;
        var terms = TermExtractor.Extract(new TextFeaturizer(options), data, 1, default);
        output.WriteLine(string.Join(" | ", terms[0]));
        var vocab = FeatureVocabulary.Build(terms, 2);
        var vectors = terms.Select(t => vocab.Vectorize([.. t])).ToArray();
        var labels = data.Select(d => SyntheticCivicData.Labels.ToList().IndexOf(d.Label)).ToArray();
        output.WriteLine($"vocab {vocab.Count} v0 {string.Join(",", vectors[0].Indices)}");
        var (model, schema, weights) = LinearModelFitter.Fit(vectors, labels, vocab.Count, 4, options);
        var ml = new MLContext(1);
        var view = model.Transform(FeatureDataView.Create(ml, vectors, labels, vocab.Count, 4));
        var scores = view.GetColumn<VBuffer<float>>("Score").ToArray();
        var feats = FeatureDataView.Create(ml, vectors, labels, vocab.Count, 4).GetColumn<VBuffer<float>>("Features").Take(2).ToArray();
        output.WriteLine($"feats0 {string.Join(",", feats[0].Items().Take(5))} len {feats[0].Length}");
        var labs = FeatureDataView.Create(ml, vectors, labels, vocab.Count, 4).GetColumn<uint>("Label").Take(40).ToArray();
        output.WriteLine($"labs {string.Join(",", labs)}");
        for (var i = 0; i < 120; i += 31)
        {
            var mine = new float[4];
            weights.Score(vectors[i], mine);
            output.WriteLine($"{labels[i]} ml: {string.Join(",", scores[i].DenseValues())} mine: {string.Join(",", mine)}");
        }
    }
}
