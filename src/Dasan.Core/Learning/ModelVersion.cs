namespace Dasan.Core.Learning;

/// <summary>One trained version of a named classifier, its metrics and its artifact (the database is the source of truth).</summary>
public sealed class ModelVersion
{
    public long Id { get; set; }

    /// <summary>Model name, e.g. <c>routing</c> (the triage router's learned component) or <c>petitions</c>.</summary>
    public required string Name { get; set; }

    public int Version { get; set; }

    /// <summary>candidate, active or retired.</summary>
    public required string Status { get; set; }

    public required string TrainedBy { get; set; }
    public DateTime TrainedAt { get; set; }
    public string? PromotedBy { get; set; }
    public DateTime? PromotedAt { get; set; }

    /// <summary>JSON: training summary (held-out accuracy, macro-F1, calibration) and the data summary.</summary>
    public required string SummaryJson { get; set; }

    /// <summary>JSON of the latest evaluation report, if one was run.</summary>
    public string? EvaluationJson { get; set; }

    /// <summary>The saved classifier (a zip).</summary>
    public required byte[] Artifact { get; set; }

    public string Key => $"{Name}@{Version}";
}
