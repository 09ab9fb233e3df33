namespace Dasan.Ai.Learning;

/// <summary>Rows read by <see cref="LabeledDataReader"/> and the summary of reading them.</summary>
public sealed record LabeledDataSet(IReadOnlyList<LabeledText> Rows, DataSummary Summary);
