namespace Dasan.Core.Data;

/// <summary>
/// Requests counted in one fixed rate-limit window for one partition (an API key, a staff account or an address),
/// shared by every node on PostgreSQL so a key gets its quota once, not once per node (issue 16).
/// </summary>
public sealed class RateWindow
{
    public required string Partition { get; set; }
    public DateTime WindowStart { get; set; }
    public int Count { get; set; }
}
