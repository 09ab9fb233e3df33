using System.Text.Json.Nodes;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Dasan.Core.Seed;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Programme.Portfolio;

/// <summary>
/// Once per installation: registers Dasan's own AI (<c>programme/dasan-own-ai.json</c>) and, with demo data on, the
/// shipped sample portfolio (<c>programme/use-cases.json</c>) as approved use cases. Every document is validated first.
/// </summary>
public sealed class PortfolioSeeder(DasanDbContext db, PortfolioService portfolio, AuditTrail audit, SeedOptions options, TimeProvider clock)
{
    public const string SeedKey = "programme.seeded";
    private static readonly Actor SeedActor = new(ActorKind.System, "seed", StaffRole.Admin);

    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        if (await db.Settings.AnyAsync(s => s.Key == SeedKey, ct))
        {
            return 0;
        }

        var own = JsonNode.Parse(ShippedContent.ReadText("programme/dasan-own-ai.json"))!.AsObject();
        var features = own["features"]!.AsObject();
        var docs = own["use_cases"]!.AsArray().Select(n => n!.AsObject()).ToList();
        if (options.DemoData)
        {
            docs.AddRange(JsonNode.Parse(ShippedContent.ReadText("programme/use-cases.json"))!["use_cases"]!.AsArray().Select(n => n!.AsObject()));
        }

        var validator = await portfolio.ValidatorAsync(ct);
        var existing = (await db.UseCases.Select(u => u.Code).ToListAsync(ct)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var doc in docs.Select(d => d.DeepClone().AsObject()))
        {
            var code = (string)doc["code"]!;
            if (existing.Contains(code))
            {
                continue;
            }

            validator.Validate(doc);
            var u = new UseCase
            {
                Code = code, Bureau = "", Name = "", Stage = "", Document = "", CreatedBy = SeedActor.Name, CreatedAt = now,
                Status = PlanStatus.Approved, DecidedAt = now, PlatformFeature = (string?)features[code],
            };
            UseCaseDocument.Apply(u, doc, now);
            portfolio.Step(u, SeedActor, "seeded", PlanStatus.Approved, null);
            db.UseCases.Add(u);
            added++;
        }

        db.Settings.Add(new Setting { Key = SeedKey, Value = added.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        audit.Record(SeedActor, "portfolio.seeded", "portfolio", null, null, new { useCases = added, options.DemoData });
        await db.SaveChangesAsync(ct);
        return added;
    }
}
