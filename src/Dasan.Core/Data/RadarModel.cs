using Dasan.Core.Radar;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the issue radar's tables.</summary>
internal static class RadarModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RadarItem>(e =>
        {
            e.ToTable("radar_items");
            e.HasIndex(i => new { i.Source, i.ExternalId }).IsUnique();
            e.HasIndex(i => i.PublishedAt);
            e.Property(i => i.Source).HasMaxLength(80);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.ExternalId).HasMaxLength(300);
            e.Property(i => i.Title).HasMaxLength(500);
            e.Property(i => i.Body).HasMaxLength(2000);
            e.Property(i => i.Section).HasMaxLength(80);
            e.Property(i => i.Url).HasMaxLength(1000);
            e.Property(i => i.Domain).HasMaxLength(40);
            e.Property(i => i.Departments).HasMaxLength(300);
            e.Property(i => i.Districts).HasMaxLength(200);
            e.Property(i => i.Phrases).HasMaxLength(2000);
        });
        b.Entity<RadarFeed>(e =>
        {
            e.ToTable("radar_feeds");
            e.HasIndex(f => f.Name).IsUnique();
            e.Property(f => f.Name).HasMaxLength(80);
            e.Property(f => f.Url).HasMaxLength(1000);
            e.Property(f => f.ETag).HasMaxLength(300);
            e.Property(f => f.LastModified).HasMaxLength(100);
            e.Property(f => f.LastError).HasMaxLength(1000);
        });
        b.Entity<RadarDecision>(e =>
        {
            e.ToTable("radar_decisions");
            e.HasIndex(d => new { d.IssueKey, d.At });
            e.Property(d => d.IssueKey).HasMaxLength(500);
            e.Property(d => d.Label).HasMaxLength(300);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Note).HasMaxLength(1000);
            e.Property(d => d.DecidedBy).HasMaxLength(120);
            e.Property(d => d.Evidence).HasMaxLength(4000);
        });
    }
}
