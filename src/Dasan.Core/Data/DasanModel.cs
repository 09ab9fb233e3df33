using Dasan.Core.Audit;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dasan.Core.Data;

/// <summary>Table, key, index and conversion mapping shared by every provider.</summary>
internal static class DasanModel
{
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    public static void Configure(ModelBuilder b)
    {
        b.Entity<Department>(e =>
        {
            e.ToTable("departments");
            e.HasIndex(d => d.Code).IsUnique();
            e.HasIndex(d => d.Name).IsUnique();
            e.Property(d => d.Code).HasMaxLength(80);
            e.Property(d => d.Name).HasMaxLength(120);
            e.Property(d => d.NameEn).HasMaxLength(200);
            e.Property(d => d.Bureau).HasMaxLength(120);
            e.Property(d => d.Domain).HasMaxLength(40);
        });

        b.Entity<CitizenRequest>(e =>
        {
            e.ToTable("requests");
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => r.TrackingNumber).IsUnique();
            e.HasIndex(r => new { r.DepartmentId, r.Status, r.DueAt });
            // The city-wide queue (open requests by due date) read in index order instead of sorting every open request (ADR 0325).
            e.HasIndex(r => new { r.DueAt, r.Id }, "IX_requests_open_due")
                .HasFilter("\"Status\" IN ('Received', 'Assigned', 'Transferred', 'InProgress')");
            e.HasIndex(r => r.ReceivedAt);
            e.HasIndex(r => new { r.Channel, r.ExternalId }).IsUnique();
            e.Property(r => r.TrackingNumber).HasMaxLength(20);
            e.Property(r => r.Title).HasMaxLength(RequestLimits.TitleMax);
            e.Property(r => r.Body).HasMaxLength(RequestLimits.BodyMax);
            e.Property(r => r.MaskedBody).HasMaxLength(RequestLimits.BodyMax + 2000);
            e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Type).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.ContactName).HasMaxLength(RequestLimits.ContactMax);
            e.Property(r => r.ContactPhone).HasMaxLength(RequestLimits.ContactMax);
            e.Property(r => r.ContactEmail).HasMaxLength(RequestLimits.ContactMax);
            e.Property(r => r.Address).HasMaxLength(RequestLimits.AddressMax);
            e.Property(r => r.ServiceCode).HasMaxLength(40);
            e.Property(r => r.ExternalId).HasMaxLength(100);
            e.Property(r => r.Answer).HasMaxLength(RequestLimits.BodyMax);
            e.Property(r => r.StatusReason).HasMaxLength(2000);
            e.Property(r => r.Domain).HasMaxLength(40);
            e.Property(r => r.Urgency).HasMaxLength(16);
            e.HasIndex(r => r.ClusterId);
            e.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(r => r.Events).WithOne().HasForeignKey(ev => ev.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(r => r.IsOpen);
        });

        b.Entity<RequestEvent>(e =>
        {
            e.ToTable("request_events");
            e.HasIndex(ev => new { ev.RequestId, ev.At });
            e.Property(ev => ev.Kind).HasMaxLength(40);
            e.Property(ev => ev.Actor).HasMaxLength(120);
            e.Property(ev => ev.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(ev => ev.ToStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(ev => ev.Note).HasMaxLength(RequestLimits.BodyMax);
        });

        b.Entity<StaffUser>(e =>
        {
            e.ToTable("staff_users");
            e.HasIndex(u => u.Login).IsUnique();
            e.Property(u => u.Login).HasMaxLength(60);
            e.Property(u => u.DisplayName).HasMaxLength(120);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.SecurityStamp).HasMaxLength(64);
            e.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        });

        b.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.HasIndex(k => k.KeyHash).IsUnique();
            e.Property(k => k.Name).HasMaxLength(120);
            e.Property(k => k.Prefix).HasMaxLength(12);
            e.Property(k => k.KeyHash).HasMaxLength(64);
            e.Property(k => k.Role).HasConversion<string>().HasMaxLength(16);
        });

        b.Entity<AuditEvent>(e =>
        {
            e.ToTable("audit_events");
            e.Property(a => a.Id).ValueGeneratedNever();
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.EntityType, a.EntityId });
            e.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Actor).HasMaxLength(120);
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.EntityType).HasMaxLength(60);
            e.Property(a => a.EntityId).HasMaxLength(60);
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
        });

        b.Entity<StagedAuditEvent>(e =>
        {
            e.ToTable("audit_staging");
            e.Property(a => a.Id).ValueGeneratedOnAdd();
            e.Property(a => a.ActorKind).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Actor).HasMaxLength(120);
            e.Property(a => a.Action).HasMaxLength(60);
            e.Property(a => a.EntityType).HasMaxLength(60);
            e.Property(a => a.EntityId).HasMaxLength(60);
        });

        // Requests acknowledged before triage (ADR 0328); the worker takes the oldest first.
        b.Entity<JournaledRequest>(e =>
        {
            e.ToTable("intake_journal");
            e.HasIndex(j => j.TrackingNumber).IsUnique();
            e.Property(j => j.TrackingNumber).HasMaxLength(20);
            e.Property(j => j.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(j => j.ActorKind).HasConversion<string>().HasMaxLength(16);
            e.Property(j => j.ActorName).HasMaxLength(200);
            e.Property(j => j.LastError).HasMaxLength(2000);
        });

        b.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasIndex(i => new { i.Scope, i.Key }).IsUnique();
            e.HasOne(i => i.Request).WithMany().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
            e.Property(i => i.Scope).HasMaxLength(120);
            e.Property(i => i.Key).HasMaxLength(200);
        });

        b.Entity<Counter>(e =>
        {
            e.ToTable("counters");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasColumnName("name").HasMaxLength(60);
            e.Property(c => c.Value).HasColumnName("value");
        });

        b.Entity<Setting>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => s.Key);
            e.Property(s => s.Key).HasMaxLength(100);
            e.Property(s => s.Value).HasMaxLength(4000);
        });

        TriageModel.Configure(b);
        KnowledgeModel.Configure(b);
        DashboardModel.Configure(b);
        RollupModel.Configure(b);
        PortfolioModel.Configure(b);
        RadarModel.Configure(b);
        TrainingModel.Configure(b);
        ChallengeModel.Configure(b);
        b.Entity<RateWindow>(e =>
        {
            e.ToTable("rate_windows");
            e.HasKey(x => new { x.Partition, x.WindowStart });
            e.Property(x => x.Partition).HasMaxLength(200);
        });
        b.Entity<ChangeLogEntry>(e =>
        {
            e.ToTable("change_log");
            e.Property(x => x.Topic).HasMaxLength(40);
            e.Property(x => x.Key).HasMaxLength(300);
            e.HasIndex(x => new { x.Topic, x.Id });
        });
        b.Entity<DataProtectionKeyRecord>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(x => x.FriendlyName).HasMaxLength(200);
        });
        b.Entity<Jobs.JobRecord>(e =>
        {
            e.ToTable("jobs");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(60);
            e.Property(x => x.State).HasMaxLength(20);
            e.Property(x => x.Node).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(2000);
        });

        foreach (var property in b.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?))
            {
                property.SetValueConverter(Utc);
            }
        }
    }
}
