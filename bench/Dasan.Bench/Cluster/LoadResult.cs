namespace Dasan.Bench.Cluster;

/// <summary>Samples of one load phase: requests per second and p50/p99 latency, overall and per operation.</summary>
public sealed record LoadResult(IReadOnlyList<(string Op, double Ms, bool Ok)> Samples, TimeSpan Elapsed)
{
    public double Rps(string? op = null) => Of(op).Count(s => s.Ok) / Elapsed.TotalSeconds;

    public int Errors(string? op = null) => Of(op).Count(s => !s.Ok);

    public double Percentile(double p, string? op = null)
    {
        var ms = Of(op).Where(s => s.Ok).Select(s => s.Ms).Order().ToList();
        return ms.Count == 0 ? double.NaN : ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
    }

    private IEnumerable<(string Op, double Ms, bool Ok)> Of(string? op) => op is null ? Samples : Samples.Where(s => s.Op == op);
}
