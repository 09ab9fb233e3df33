namespace Dasan.Core.Challenges;

/// <summary>A KPI value measured during a pilot.</summary>
public sealed class PilotMeasurement
{
    public long Id { get; set; }
    public long PilotId { get; set; }
    public int KpiIndex { get; set; }
    public DateOnly On { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
}
