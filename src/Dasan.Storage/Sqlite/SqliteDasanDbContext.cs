using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Storage.Sqlite;

/// <summary>The SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqliteDasanDbContext(DbContextOptions<SqliteDasanDbContext> options, Dasan.Core.Audit.AuditKey? auditKey = null) : DasanDbContext(options, auditKey)
{
    /// <summary>Microsoft.Data.Sqlite begins transactions IMMEDIATE: the write lock already serialises the chain.</summary>
    protected override Task LockAuditChainAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Dasan.Core.Dashboards.Rollup.RollupDialect RollupDialect => SqliteRollupDialect.Instance;
}
