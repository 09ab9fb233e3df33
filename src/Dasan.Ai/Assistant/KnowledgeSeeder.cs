using Dasan.Ai.Knowledge;
using Dasan.Core.Access;
using Dasan.Core.Content;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Assistant;

/// <summary>On first start, ingests the shipped sample knowledge base (content/kb); afterwards resumes unfinished ingestion.</summary>
public sealed class KnowledgeSeeder(DasanDbContext db, KnowledgeIngestor ingestor, KnowledgeBase knowledge)
{
    public const string SeedKey = "kb.seeded";

    public async Task<int> EnsureAsync(CancellationToken ct)
    {
        var seeded = 0;
        if (!await db.Settings.AnyAsync(s => s.Key == SeedKey, ct))
        {
            var actor = new Actor(ActorKind.System, "seed", Core.Staff.StaffRole.Admin);
            foreach (var path in ShippedContent.List("kb/").Where(p => p.EndsWith(".md", StringComparison.Ordinal)))
            {
                var name = path["kb/".Length..];
                await ingestor.IngestAsync(actor, name, ShippedContent.ReadText(path), DocumentFormat.Markdown, ct);
                seeded++;
                db.ChangeTracker.Clear(); // saved: the next document's saves need not scan this one's chunks
            }

            db.Settings.Add(new Core.Data.Setting { Key = SeedKey, Value = seeded.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            await db.SaveChangesAsync(ct);
        }

        await ingestor.ResumeAsync(ct);
        await knowledge.SyncAsync(db, force: true, ct);
        return seeded;
    }
}
