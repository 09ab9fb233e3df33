namespace Dasan.Core.Dashboards;

/// <summary>Group key of the duration histograms: department and bucket index (internal to the queries).</summary>
public sealed class TimingKey
{
    public long? DepartmentId { get; init; }
    public int Bucket { get; init; }
}
