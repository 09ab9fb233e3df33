using Dasan.Core.Requests;
using Dasan.Core.Triage;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the triage tables.</summary>
internal static class TriageModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TriageSuggestion>(e =>
        {
            e.ToTable("triage_suggestions");
            e.HasIndex(t => t.RequestId);
            e.HasIndex(t => t.At);
            e.HasOne(t => t.Request).WithMany().HasForeignKey(t => t.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.Property(t => t.Domain).HasMaxLength(40);
            e.Property(t => t.DepartmentCode).HasMaxLength(80);
            e.Property(t => t.Urgency).HasMaxLength(16);
            e.Property(t => t.RouterVersion).HasMaxLength(80);
            e.Property(t => t.Summary).HasMaxLength(2000);
        });
        b.Entity<TriageRule>(e =>
        {
            e.ToTable("triage_rules");
            e.Property(t => t.Phrase).HasMaxLength(200);
            e.Property(t => t.DepartmentCode).HasMaxLength(80);
            e.Property(t => t.CreatedBy).HasMaxLength(120);
        });
        b.Entity<TrainingExample>(e =>
        {
            e.ToTable("training_examples");
            e.HasIndex(t => new { t.Task, t.At });
            e.Property(t => t.Task).HasMaxLength(40);
            e.Property(t => t.Label).HasMaxLength(120);
            e.Property(t => t.Source).HasMaxLength(20);
        });
        b.Entity<Departments.CatalogRevision>(e => e.ToTable("catalog_revisions"));
        b.Entity<Learning.ModelVersion>(e =>
        {
            e.ToTable("model_versions");
            e.HasIndex(m => new { m.Name, m.Version }).IsUnique();
            e.Property(m => m.Name).HasMaxLength(80);
            e.Property(m => m.Status).HasMaxLength(16);
            e.Property(m => m.TrainedBy).HasMaxLength(120);
            e.Property(m => m.PromotedBy).HasMaxLength(120);
            e.Ignore(m => m.Key);
        });
        b.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasIndex(n => new { n.DepartmentId, n.ReadAt });
            e.HasOne(n => n.Request).WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.Property(n => n.Kind).HasMaxLength(40);
            e.Property(n => n.Message).HasMaxLength(1000);
        });
    }
}
