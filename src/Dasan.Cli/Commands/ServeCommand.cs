using System.CommandLine;
using Dasan.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan serve [--urls URL] [--data DIR]</c>: the web server on this installation.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Address to listen on (default {DasanServer.DefaultUrl})" };
        var command = new Command("serve", "Start the Dasan web server (creates and seeds the data directory on first start)");
        command.Options.Add(urls);
        command.SetAction(async (result, ct) =>
        {
            var args = result.GetValue(urls) is { } u ? new[] { "--urls", u } : [];
            var app = await DasanServer.BuildAsync(args, result.GetValue(DasanCommandLine.Data));
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
