namespace Dasan.Core.Triage;

/// <summary>A labelled example from staff work (a confirmed routing or a correction), used to retrain classifiers.</summary>
public sealed class TrainingExample
{
    public long Id { get; set; }

    /// <summary>Which classifier it teaches, e.g. <c>routing</c>.</summary>
    public required string Task { get; set; }

    /// <summary>Masked text (title and body).</summary>
    public required string Text { get; set; }

    /// <summary>The correct label (for routing: the department's catalog code).</summary>
    public required string Label { get; set; }

    /// <summary>override (staff changed the AI's choice) or confirmed (staff answered where the AI sent it).</summary>
    public required string Source { get; set; }

    public long? RequestId { get; set; }
    public DateTime At { get; set; }
}
