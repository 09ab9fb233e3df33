namespace Dasan.Ai.Learning;

/// <summary>What <see cref="LabeledDataReader"/> read: usable rows, examples per label, the rows
/// it skipped and why, and warnings (such as labels with a single example).</summary>
public sealed record DataSummary(
    int Rows,
    IReadOnlyDictionary<string, int> LabelCounts,
    IReadOnlyList<SkippedRow> Skipped,
    IReadOnlyList<string> Warnings);
