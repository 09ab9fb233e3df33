using System.Text.Encodings.Web;
using System.Text.Json;
using Dasan.Ai.Triage;
using Dasan.Ai.Triage.Urgency;
using Dasan.Core.Data;
using Dasan.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Cli.Commands;

/// <summary>
/// <c>dasan triage "문장"</c> (issue 15): triages one sentence as a request's body and prints the contract's object
/// (domain, department or null, top three, urgency, confidence) with the urgency reason and the top department's evidence.
/// </summary>
public static class TriageSentence
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static async Task<int> RunAsync(string text, string? data, CancellationToken ct)
    {
        if (Dasan.Core.Text.VisibleText.IsBlank(text))
        {
            throw new CliUserException("The sentence is empty.");
        }

        await using var services = await CliHost.OpenAsync(data, ct);
        await using var scope = services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<TriageEngine>();
        var protector = scope.ServiceProvider.GetRequiredService<ITextProtector>();
        var rules = await scope.ServiceProvider.GetRequiredService<DasanDbContext>().TriageRules.AsNoTracking().Where(x => x.Active).ToListAsync(ct);
        var body = protector.Mask(protector.Clean(text)).Text;
        var outcome = engine.Triage("", body, rules);
        var urgency = scope.ServiceProvider.GetRequiredService<UrgencyClassifier>().Assess("", body);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            domain = outcome.Domain,
            department = outcome.Department?.Name,
            candidates = outcome.Top3.Select(u => new { department = u.Name, domain = u.Domain, score = Math.Round(u.Probability, 4) }),
            urgency = urgency.Level.ToString().ToLowerInvariant(),
            urgencyReason = urgency.Reason,
            confidence = Math.Round(outcome.Confidence, 4),
            evidence = outcome.Routing.Evidence.FirstOrDefault(),
        }, Json));
        return 0;
    }
}
