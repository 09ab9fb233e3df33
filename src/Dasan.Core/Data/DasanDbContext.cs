using Dasan.Core.Audit;
using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Dasan.Core.Staff;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Data;

/// <summary>
/// The provider-neutral model. Provider assemblies derive from it to own their migrations.
/// Saving stores new audit events with the change and then seals them into the chain (see <see cref="AuditChainer"/>).
/// </summary>
public abstract class DasanDbContext(DbContextOptions options, AuditKey? auditKey = null) : DbContext(options)
{
    /// <summary>The key of the audit chain's MAC; null in design-time contexts, which then write plain hashes.</summary>
    public AuditKey? AuditKey { get; } = auditKey;

    public DbSet<CitizenRequest> Requests => Set<CitizenRequest>();
    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<StagedAuditEvent> StagedAuditEvents => Set<StagedAuditEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<JournaledRequest> IntakeJournal => Set<JournaledRequest>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<Triage.TriageSuggestion> TriageSuggestions => Set<Triage.TriageSuggestion>();
    public DbSet<Triage.TriageRule> TriageRules => Set<Triage.TriageRule>();
    public DbSet<Triage.TrainingExample> TrainingExamples => Set<Triage.TrainingExample>();
    public DbSet<Triage.Notification> Notifications => Set<Triage.Notification>();
    public DbSet<CatalogRevision> CatalogRevisions => Set<CatalogRevision>();
    public DbSet<Learning.ModelVersion> ModelVersions => Set<Learning.ModelVersion>();
    public DbSet<Knowledge.KnowledgeDocument> KnowledgeDocuments => Set<Knowledge.KnowledgeDocument>();
    public DbSet<Knowledge.KnowledgeChunkRecord> KnowledgeChunks => Set<Knowledge.KnowledgeChunkRecord>();
    public DbSet<Programme.Portfolio.UseCase> UseCases => Set<Programme.Portfolio.UseCase>();
    public DbSet<Programme.Portfolio.UseCaseReview> UseCaseReviews => Set<Programme.Portfolio.UseCaseReview>();
    public DbSet<Programme.Portfolio.AssistantAnswerLog> AssistantAnswers => Set<Programme.Portfolio.AssistantAnswerLog>();
    public DbSet<Radar.RadarItem> RadarItems => Set<Radar.RadarItem>();
    public DbSet<Radar.RadarFeed> RadarFeeds => Set<Radar.RadarFeed>();
    public DbSet<Radar.RadarDecision> RadarDecisions => Set<Radar.RadarDecision>();
    public DbSet<Programme.Training.RosterMember> TrainingRoster => Set<Programme.Training.RosterMember>();
    public DbSet<Programme.Training.TrainingEnrolment> TrainingEnrolments => Set<Programme.Training.TrainingEnrolment>();
    public DbSet<Programme.Training.ModuleCompletion> TrainingCompletions => Set<Programme.Training.ModuleCompletion>();
    public DbSet<Programme.Training.QuizAttempt> QuizAttempts => Set<Programme.Training.QuizAttempt>();
    public DbSet<Programme.Training.LessonReading> LessonReadings => Set<Programme.Training.LessonReading>();
    public DbSet<Dashboards.Rollup.DashboardRollup> DashboardRollups => Set<Dashboards.Rollup.DashboardRollup>();
    public DbSet<Dashboards.Rollup.DirtyPeriod> DirtyPeriods => Set<Dashboards.Rollup.DirtyPeriod>();
    public DbSet<Jobs.JobRecord> Jobs => Set<Jobs.JobRecord>();
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();
    public DbSet<RateWindow> RateWindows => Set<RateWindow>();
    public DbSet<Challenges.Challenge> Challenges => Set<Challenges.Challenge>();
    public DbSet<Challenges.Startup> Startups => Set<Challenges.Startup>();
    public DbSet<Challenges.Proposal> Proposals => Set<Challenges.Proposal>();
    public DbSet<Challenges.ProposalAttachment> ProposalAttachments => Set<Challenges.ProposalAttachment>();
    public DbSet<Challenges.EvaluatorAssignment> EvaluatorAssignments => Set<Challenges.EvaluatorAssignment>();
    public DbSet<Challenges.Evaluation> Evaluations => Set<Challenges.Evaluation>();
    public DbSet<Challenges.Pilot> Pilots => Set<Challenges.Pilot>();
    public DbSet<Challenges.PilotMeasurement> PilotMeasurements => Set<Challenges.PilotMeasurement>();
    public DbSet<Challenges.PilotGate> PilotGates => Set<Challenges.PilotGate>();

    /// <summary>Audit events recorded in this unit of work; they get their chain position when it is saved.</summary>
    internal List<AuditEvent> PendingAudit { get; } = [];

    /// <summary>Queues an audit event to be chained and saved with the next <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</summary>
    public void AddAudit(AuditEvent auditEvent) => PendingAudit.Add(auditEvent);

    /// <summary>Serialises appends to the audit chain across processes (a database lock), inside a transaction.</summary>
    protected internal abstract Task LockAuditChainAsync(CancellationToken cancellationToken);

    /// <summary>Seals every staged audit event into the chain (events a crashed save left staged); returns how many.</summary>
    public Task<int> SealAuditAsync(CancellationToken cancellationToken = default) =>
        AuditChainer.SealAsync(this, () => base.SaveChangesAsync(true, cancellationToken), new Dictionary<long, AuditEvent>(), cancellationToken);

    /// <summary>The provider's SQL for the dashboard roll-up's set-based statements.</summary>
    protected internal abstract Dashboards.Rollup.RollupDialect RollupDialect { get; }

    /// <summary>Marks the dashboard roll-up's changed days (same transaction), then chains pending audit events and saves.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once here; the recorders below read the tracker without detecting again (two scans a
        // save with the one EF makes when it saves, instead of five).
        ChangeTracker.DetectChanges();
        var auto = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        bool reference;
        try
        {
            reference = TouchesReferenceData();
            RaiseVersions();
            ChangeLogRecorder.Record(this);
            await Dashboards.Rollup.DirtyDayRecorder.RecordAsync(this, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = auto;
        }

        var saved = await AuditChainer.SaveAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);
        if (reference)
        {
            // Inside a caller's transaction this runs before its commit: a read in between may keep the old rows for
            // up to ReferenceCache.MaxAge. Nothing changes departments, rules or keys inside a transaction today.
            ReferenceCache.Invalidate();
        }

        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (PendingAudit.Count > 0)
        {
            throw new InvalidOperationException("Audit events must be saved with SaveChangesAsync so they are chained.");
        }

        var reference = TouchesReferenceData();
        RaiseVersions();
        ChangeLogRecorder.Record(this);
        Dashboards.Rollup.DirtyDayRecorder.Record(this);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (reference)
        {
            ReferenceCache.Invalidate();
        }

        return saved;
    }

    /// <summary>Whether this save adds, changes or deletes a department, triage rule or API key (cached by <see cref="ReferenceCache"/>).</summary>
    private bool TouchesReferenceData() =>
        ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is Department or Triage.TriageRule or ApiKey);

    /// <summary>Raises the row version of every changed <see cref="IVersioned"/> entity once per save (the original value stays the check).</summary>
    private void RaiseVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(v => v.Version);
            if (version.CurrentValue == version.OriginalValue)
            {
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => DasanModel.Configure(modelBuilder);
}
