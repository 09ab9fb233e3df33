using System.Diagnostics.Metrics;

namespace Dasan.Web.Hosting;

/// <summary>Business metrics exported on <c>/metrics</c>.</summary>
public sealed class DasanMetrics : IDisposable
{
    public const string MeterName = "Dasan";
    private readonly Meter _meter = new(MeterName);

    public DasanMetrics()
    {
        Submitted = _meter.CreateCounter<long>("dasan.requests.submitted", description: "Requests received, by channel");
        Actions = _meter.CreateCounter<long>("dasan.requests.actions", description: "Staff actions on requests, by kind");
    }

    public Counter<long> Submitted { get; }
    public Counter<long> Actions { get; }

    public void Dispose() => _meter.Dispose();
}
