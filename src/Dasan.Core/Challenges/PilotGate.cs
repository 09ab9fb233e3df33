namespace Dasan.Core.Challenges;

/// <summary>A gate review of a pilot: pass, conditional (go on with conditions) or stop.</summary>
public sealed class PilotGate
{
    public long Id { get; set; }
    public long PilotId { get; set; }
    public DateOnly On { get; set; }
    public required string Name { get; set; }
    public required string Result { get; set; }
    public required string Note { get; set; }
    public required string ReviewedBy { get; set; }
}
