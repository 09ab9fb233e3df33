using System.CommandLine;
using Dasan.Core.Dashboards.Rollup;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan dashboards rebuild</c>: counts the dashboard roll-up again from the requests, with progress on standard
/// error; for after writes that bypassed the application (SQL scripts, bulk copies). See ADR 0313.
/// </summary>
public static class DashboardCommands
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild", "Count the dashboard roll-up again from the requests (after bulk SQL changes)");
        rebuild.SetAction((result, ct) => CliHost.RunAsync(async () =>
        {
            await using var services = await CliHost.OpenAsync(result.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RollupRefresher>().RebuildAsync(new SynchronousProgress<string>(Console.Error.WriteLine), ct);
            return 0;
        }));
        var dashboards = new Command("dashboards", "Dashboard tools");
        dashboards.Subcommands.Add(rebuild);
        return dashboards;
    }
}
