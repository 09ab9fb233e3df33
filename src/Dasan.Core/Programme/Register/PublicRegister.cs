using System.Text.Json.Nodes;
using Dasan.Core.Data;
using Dasan.Core.Programme.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Register;

/// <summary>
/// The citizen-facing register: approved use cases at pilot or deployed, each field placed by <c>field-rules.json</c>
/// (tier1 summary, tier2 detail, internal never shown) and withheld one by one with the reason given in <c>withheld</c>.
/// </summary>
public sealed class PublicRegister(DasanDbContext db, UseCaseKpis kpis)
{
    private static readonly string[] Heading = ["code", "name", "bureau", "stage", "tier"];

    /// <summary>The entries; <paramref name="term"/> puts the words that name a code into the reader's language (<see cref="FieldText"/>).</summary>
    public async Task<IReadOnlyList<RegisterEntry>> ListAsync(CancellationToken ct, Func<string, string>? term = null)
    {
        var rules = FieldRules.Shipped();
        var cases = await db.UseCases.AsNoTracking()
            .Where(u => u.Status == PlanStatus.Approved && (u.Stage == "pilot" || u.Stage == "deployed"))
            .OrderBy(u => u.Bureau).ThenBy(u => u.Code).ToListAsync(ct);
        var entries = new List<RegisterEntry>();
        foreach (var u in cases)
        {
            var doc = UseCaseDocument.Parse(u);
            var withheld = doc["withheld"] as JsonObject ?? [];
            var lines = await kpis.LinesAsync(u, doc, ct);
            List<RegisterField> Fields(string register) => rules.Rules
                .Where(r => r.Register == register && !r.Field.Contains("[].", StringComparison.Ordinal) && !Heading.Contains(r.Field))
                .Where(r => doc[r.Field] is not null || withheld.ContainsKey(r.Field))
                .Select(r => withheld[r.Field]?.ToString() is { } why
                    ? new RegisterField(r.Field, r.DescriptionKo, null, why)
                    : new RegisterField(r.Field, r.DescriptionKo, FieldText.Format(doc, r.Field, lines, term), null))
                .Where(f => f.Withheld || !string.IsNullOrWhiteSpace(f.Value))
                .ToList();
            entries.Add(new RegisterEntry(u.Code, u.Name, u.Bureau, u.Stage, u.Tier, u.PlatformFeature is not null, Fields("tier1"), Fields("tier2")));
        }

        return entries;
    }
}
