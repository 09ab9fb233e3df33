using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Storage.Postgres;

/// <summary>The PostgreSQL flavour; owns the migrations under Migrations/Postgres.</summary>
public sealed class PostgresDasanDbContext(DbContextOptions<PostgresDasanDbContext> options, Dasan.Core.Audit.AuditKey? auditKey = null) : DasanDbContext(options, auditKey)
{
    /// <summary>Key of the advisory lock that serialises audit-chain appends across web nodes.</summary>
    public const long AuditChainLockKey = 0x44_61_73_61_6E_41;

    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", cancellationToken);

    protected override Dasan.Core.Dashboards.Rollup.RollupDialect RollupDialect => PostgresRollupDialect.Instance;
}
