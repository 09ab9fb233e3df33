using Dasan.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dasan.Cli.Commands;

/// <summary>
/// The services of an installation for a CLI command: same configuration sources and composition as the
/// server, and the same first-start creation, migration and seeding of the data directory.
/// </summary>
public static class CliHost
{
    public static async Task<ServiceProvider> OpenAsync(string? dataDirectory, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables("DASAN_")
            .Build();
        var data = DataDirectory.Resolve(dataDirectory, configuration);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddConfiguration(configuration.GetSection("Logging")));
        services.AddDasanPlatform(configuration, data);
        var provider = services.BuildServiceProvider();
        await provider.InitializeInstallationAsync(NullLogger.Instance, new SynchronousProgress<string>(Console.Error.WriteLine), ct);
        return provider;
    }

    /// <summary>Runs <paramref name="body"/> and maps failures to exit codes 1 (user error) or 2 (system error).</summary>
    public static async Task<int> RunAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is CliUserException or InvalidDataException)
        {
            // Bad input (a file that is not UTF-8, a malformed document): the user's to fix, exit code 1.
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message);
            return 2;
        }
    }
}
