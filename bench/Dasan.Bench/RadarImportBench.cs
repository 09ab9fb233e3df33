using System.Diagnostics;
using Dasan.Ai.Radar;
using Dasan.Core.Radar;
using Dasan.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Bench;

/// <summary>Imports items through the radar's ingestor into a fresh installation and prints items per second.</summary>
public static class RadarImportBench
{
    public static async Task<ServiceProvider> OpenAsync(string data)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Dasan:Seed:DemoData"] = "false" }).Build();
        Directory.CreateDirectory(data); // a fresh --data DIR works, as for every dasan command
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDasanPlatform(configuration, data);
        var provider = services.BuildServiceProvider();
        await provider.InitializeInstallationAsync(NullLogger.Instance, CancellationToken.None);
        return provider;
    }

    public static async Task ImportAsync(ServiceProvider services, string label, List<IncomingItem> items)
    {
        items.Sort((a, b) => a.PublishedAt.CompareTo(b.PublishedAt));
        var watch = Stopwatch.StartNew();
        var total = IngestResult.Empty;
        foreach (var chunk in items.Chunk(1000))
        {
            await using var scope = services.CreateAsyncScope();
            total = total.Plus(await scope.ServiceProvider.GetRequiredService<RadarIngestor>().IngestAsync(chunk, CancellationToken.None));
        }

        Console.WriteLine($"  {label,-28} {items.Count,7} items in {watch.Elapsed.TotalSeconds,6:F1} s = {items.Count / watch.Elapsed.TotalSeconds,6:F0} items/s (added {total.Added}, folded {total.Folded})");
    }
}
