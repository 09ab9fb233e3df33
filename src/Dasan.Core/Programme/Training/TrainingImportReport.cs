namespace Dasan.Core.Programme.Training;

/// <summary>What an import did: every line is added, updated, unchanged (already there) or rejected with its line number.</summary>
public sealed record TrainingImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<RejectedLine> Rejected)
{
    public int Total => Added + Updated + Unchanged + Rejected.Count;
}
