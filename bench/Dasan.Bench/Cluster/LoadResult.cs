namespace Dasan.Bench.Cluster;

/// <summary>
/// Samples of one load phase: requests per second and p50/p99 latency, overall and per operation. Each sample keeps the
/// second of the phase it was sent in, so a phase can be read in windows (three nodes before the kill, two after).
/// </summary>
public sealed record LoadResult(IReadOnlyList<(string Op, double Ms, bool Ok, double At)> Samples, TimeSpan Elapsed)
{
    public double Rps(string? op = null) => Of(op).Count(s => s.Ok) / Elapsed.TotalSeconds;

    public int Errors(string? op = null) => Of(op).Count(s => !s.Ok);

    public double Percentile(double p, string? op = null)
    {
        var ms = Of(op).Where(s => s.Ok).Select(s => s.Ms).Order().ToList();
        return ms.Count == 0 ? double.NaN : ms[Math.Min(ms.Count - 1, (int)Math.Ceiling(p * ms.Count) - 1)];
    }

    /// <summary>The requests sent from <paramref name="from"/> to <paramref name="to"/> seconds into the phase.</summary>
    public LoadResult Window(double from, double to) =>
        new([.. Samples.Where(s => s.At >= from && s.At < to)], TimeSpan.FromSeconds(Math.Min(to, Elapsed.TotalSeconds) - from));

    private IEnumerable<(string Op, double Ms, bool Ok, double At)> Of(string? op) => op is null ? Samples : Samples.Where(s => s.Op == op);
}
