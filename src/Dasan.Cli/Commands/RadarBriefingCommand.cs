using System.CommandLine;
using System.Text.Json;
using Dasan.Core.Radar;
using Dasan.Web.Radar;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary><c>dasan radar briefing --date DATE [--bureau NAME] [--period daily|weekly] [--json] [--send]</c>.</summary>
public static class RadarBriefingCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "Day of the briefing (yyyy-MM-dd)", Required = true };
        var bureau = new Option<string?>("--bureau") { Description = "Bureau (실·본부·국); the mayor's office when absent" };
        var period = new Option<BriefingPeriod>("--period") { Description = "Daily or Weekly", DefaultValueFactory = _ => BriefingPeriod.Daily };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var send = new Option<bool>("--send") { Description = "Also e-mail it (needs Dasan:Radar:Mail settings)" };
        var command = new Command("briefing", "Print the briefing of a day or week for a bureau or the mayor's office") { date, bureau, period, json, send };
        command.SetAction((r, ct) => CliHost.RunAsync(async () =>
        {
            var day = RadarCommands.ParseDate(r.GetValue(date), "--date");
            await using var services = await CliHost.OpenAsync(r.GetValue(DasanCommandLine.Data), ct);
            await using var scope = services.CreateAsyncScope();
            Briefing briefing;
            try
            {
                briefing = await scope.ServiceProvider.GetRequiredService<BriefingBuilder>().BuildAsync(day, r.GetValue(period), r.GetValue(bureau), ct);
            }
            catch (ArgumentException e)
            {
                throw new CliUserException(e.Message);
            }

            var text = await scope.ServiceProvider.GetRequiredService<IBriefingWriter>().WriteAsync(briefing, ct);
            ExtractiveBriefingWriter.CheckCitations(briefing, text);
            if (r.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    headline = text.Headline, paragraphs = text.Paragraphs, issues = briefing.Issues.Select(IssueView.From),
                    requests = briefing.Requests, previous_requests = briefing.PreviousRequests, overdue = briefing.Overdue,
                }, RadarCommands.Json));
            }
            else
            {
                Console.WriteLine(text.Headline);
                Console.WriteLine();
                foreach (var p in text.Paragraphs)
                {
                    Console.WriteLine(p.Text);
                }
            }

            if (r.GetValue(send))
            {
                var mailer = services.GetRequiredService<BriefingMailer>();
                if (!mailer.Enabled)
                {
                    throw new CliUserException("--send: e-mail is not configured (Dasan:Radar:Mail:Host and Dasan:Radar:Mail:To).");
                }

                await mailer.SendAsync(text, ct);
                Console.Error.WriteLine("e-mailed.");
            }

            return 0;
        }));
        return command;
    }
}
