namespace Dasan.Ai.Learning;

/// <summary>Featurises many texts in parallel.</summary>
internal static class TermExtractor
{
    public static string[][] Extract(TextFeaturizer featurizer, IReadOnlyList<LabeledText> data, int? threads, CancellationToken cancellationToken)
    {
        var terms = new string[data.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, data.Count, parallel, () => new List<string>(64), (i, _, buffer) =>
        {
            buffer.Clear();
            featurizer.AppendTerms(data[i].Text ?? string.Empty, buffer);
            terms[i] = [.. buffer];
            return buffer;
        }, _ => { });
        return terms;
    }
}
