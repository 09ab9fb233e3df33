using Dasan.Core.Challenges;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>Mapping of the AI start-up collaboration hub (issue 17).</summary>
internal static class ChallengeModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Challenge>(e =>
        {
            e.ToTable("challenges");
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => c.Code).IsUnique();
            e.HasIndex(c => new { c.Bureau, c.Status });
            e.Property(c => c.Code).HasMaxLength(20);
            e.Property(c => c.Bureau).HasMaxLength(120);
            e.Property(c => c.Title).HasMaxLength(120);
            e.Property(c => c.Problem).HasMaxLength(4000);
            e.Property(c => c.TopicArea).HasMaxLength(40);
            e.Property(c => c.Technique).HasMaxLength(40);
            e.Property(c => c.SeoulField).HasMaxLength(40);
            e.Property(c => c.SourceKind).HasMaxLength(16);
            e.Property(c => c.SourceRef).HasMaxLength(80);
            e.Property(c => c.SourceNote).HasMaxLength(300);
            e.Property(c => c.BudgetBand).HasMaxLength(4);
            e.Property(c => c.Eligibility).HasMaxLength(2000);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.ReviewComment).HasMaxLength(2000);
            e.Property(c => c.CreatedBy).HasMaxLength(120);
        });
        b.Entity<Startup>(e =>
        {
            e.ToTable("startups");
            e.HasIndex(s => s.BusinessNumber).IsUnique();
            e.HasIndex(s => s.Login).IsUnique();
            e.Property(s => s.Name).HasMaxLength(120);
            e.Property(s => s.BusinessNumber).HasMaxLength(12);
            e.Property(s => s.Representative).HasMaxLength(60);
            e.Property(s => s.ContactName).HasMaxLength(60);
            e.Property(s => s.Email).HasMaxLength(200);
            e.Property(s => s.Phone).HasMaxLength(20);
            e.Property(s => s.Login).HasMaxLength(40);
            e.Property(s => s.PasswordHash).HasMaxLength(200);
            e.Property(s => s.SecurityStamp).HasMaxLength(64);
        });
        b.Entity<Proposal>(e =>
        {
            e.ToTable("proposals");
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.Number).IsUnique();
            e.HasIndex(p => new { p.ChallengeId, p.StartupId }).IsUnique();
            e.Property(p => p.Number).HasMaxLength(20);
            e.Property(p => p.Title).HasMaxLength(120);
            e.Property(p => p.Summary).HasMaxLength(2000);
            e.Property(p => p.Approach).HasMaxLength(4000);
            e.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.DecisionLetter).HasMaxLength(4000);
            e.HasOne(p => p.Challenge).WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(p => p.Startup).WithMany().HasForeignKey(p => p.StartupId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ProposalAttachment>(e =>
        {
            e.ToTable("proposal_attachments");
            e.Property(a => a.FileName).HasMaxLength(120);
            e.Property(a => a.ContentType).HasMaxLength(100);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.ScanNote).HasMaxLength(200);
        });
        b.Entity<EvaluatorAssignment>(e =>
        {
            e.ToTable("evaluator_assignments");
            e.HasIndex(a => new { a.ChallengeId, a.StaffUserId }).IsUnique();
            e.Property(a => a.AssignedBy).HasMaxLength(120);
            e.Property(a => a.ConflictStartupIds).HasMaxLength(400);
            e.Property(a => a.ConflictNote).HasMaxLength(1000);
        });
        b.Entity<Evaluation>(e =>
        {
            e.ToTable("evaluations");
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ProposalId, x.StaffUserId }).IsUnique();
            e.HasIndex(x => x.ChallengeId);
            e.Property(x => x.ScoresJson).HasMaxLength(12000);
        });
        b.Entity<Pilot>(e =>
        {
            e.ToTable("pilots");
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => p.Code).IsUnique();
            e.HasIndex(p => p.ProposalId).IsUnique();
            e.Property(p => p.Code).HasMaxLength(20);
            e.Property(p => p.IpTerms).HasMaxLength(1000);
            e.Property(p => p.DataAccess).HasMaxLength(1000);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.UseCaseCode).HasMaxLength(40);
            e.Property(p => p.CertificateNumber).HasMaxLength(40);
            e.Property(p => p.Procurement).HasMaxLength(20);
            e.Property(p => p.ProcurementNote).HasMaxLength(2000);
            e.HasOne(p => p.Proposal).WithMany().HasForeignKey(p => p.ProposalId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.Measurements).WithOne().HasForeignKey(m => m.PilotId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Gates).WithOne().HasForeignKey(g => g.PilotId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PilotMeasurement>(e =>
        {
            e.ToTable("pilot_measurements");
            e.HasIndex(m => new { m.PilotId, m.On });
            e.Property(m => m.Note).HasMaxLength(500);
            e.Property(m => m.RecordedBy).HasMaxLength(120);
        });
        b.Entity<PilotGate>(e =>
        {
            e.ToTable("pilot_gates");
            e.Property(g => g.Name).HasMaxLength(60);
            e.Property(g => g.Result).HasMaxLength(16);
            e.Property(g => g.Note).HasMaxLength(2000);
            e.Property(g => g.ReviewedBy).HasMaxLength(120);
        });
    }
}
