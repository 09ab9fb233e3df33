namespace Dasan.Ai.Assistant;

/// <summary>What ingesting one document did.</summary>
public enum IngestOutcome
{
    Indexed,
    Unchanged,
    Failed,
}
