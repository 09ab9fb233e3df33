namespace Dasan.Core.Data;

/// <summary>
/// One change that every node must apply to what it keeps outside the database (issue 16): written in the same
/// transaction as the change itself, read by each node after the last id it applied. Topic <c>knowledge</c>: a
/// knowledge document stored, re-chunked or deleted (<see cref="Deleted"/>), keyed by the document key.
/// </summary>
public sealed class ChangeLogEntry
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    public required string Key { get; set; }
    public bool Deleted { get; set; }
    public DateTime At { get; set; }
}
