using Dasan.Core.Programme.Portfolio;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the AI-ization programme's portfolio tables.</summary>
internal static class PortfolioModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<UseCase>(e =>
        {
            e.ToTable("use_cases");
            e.Property(u => u.Version).IsConcurrencyToken();
            e.HasIndex(u => u.Code).IsUnique();
            e.HasIndex(u => new { u.Bureau, u.Status });
            e.Property(u => u.Code).HasMaxLength(40);
            e.Property(u => u.Bureau).HasMaxLength(120);
            e.Property(u => u.Name).HasMaxLength(200);
            e.Property(u => u.Stage).HasMaxLength(16);
            e.Property(u => u.Tier).HasMaxLength(16);
            e.Property(u => u.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(u => u.PlatformFeature).HasMaxLength(40);
            e.Property(u => u.CreatedBy).HasMaxLength(120);
            e.HasMany(u => u.Reviews).WithOne().HasForeignKey(r => r.UseCaseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<UseCaseReview>(e =>
        {
            e.ToTable("use_case_reviews");
            e.HasIndex(r => new { r.UseCaseId, r.At });
            e.Property(r => r.Actor).HasMaxLength(120);
            e.Property(r => r.Action).HasMaxLength(40);
            e.Property(r => r.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.ToStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Comment).HasMaxLength(2000);
        });
        b.Entity<AssistantAnswerLog>(e =>
        {
            e.ToTable("assistant_answers");
            e.HasIndex(a => a.At);
            e.Property(a => a.Channel).HasMaxLength(16);
            e.Property(a => a.MaskedQuestion).HasMaxLength(AssistantAnswerLog.QuestionMax);
        });
    }
}
