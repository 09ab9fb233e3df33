using Dasan.Core.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the knowledge-base tables.</summary>
internal static class KnowledgeModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<KnowledgeDocument>(e =>
        {
            e.ToTable("knowledge_documents");
            e.HasIndex(d => d.Key).IsUnique();
            e.HasIndex(d => d.Stage);
            e.Property(d => d.Key).HasMaxLength(200);
            e.Property(d => d.Title).HasMaxLength(300);
            e.Property(d => d.Domain).HasMaxLength(40);
            e.Property(d => d.Department).HasMaxLength(120);
            e.Property(d => d.Source).HasMaxLength(500);
            e.Property(d => d.Lang).HasMaxLength(8);
            e.Property(d => d.Format).HasMaxLength(16);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.Stage).HasMaxLength(16);
            e.Property(d => d.Error).HasMaxLength(2000);
            e.HasMany(d => d.Chunks).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<KnowledgeChunkRecord>(e =>
        {
            e.ToTable("knowledge_chunks");
            e.HasIndex(c => new { c.DocumentId, c.Ordinal }).IsUnique();
            e.Property(c => c.Section).HasMaxLength(300);
        });
    }
}
