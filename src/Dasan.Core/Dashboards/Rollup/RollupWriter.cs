using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Core.Dashboards.Rollup;

/// <summary>Runs the roll-up's statements on the context's connection (inside the caller's transaction).</summary>
internal sealed class RollupWriter(DasanDbContext db)
{
    private const int DeleteBatch = 1000;

    public DasanDbContext Db => db;

    public RollupDialect Dialect => db.RollupDialect;

    public RollupStatements Statements { get; } = new(db.RollupDialect);

    public Task<int> ExecAsync(string sql, CancellationToken ct, params object[] parameters) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters, ct);

    /// <summary>The single-key rows of a grain, summed from its full rows (those starting in the range when given).</summary>
    public async Task LevelsAsync(RollupGrain grain, (DateOnly First, DateOnly End)? range, CancellationToken ct)
    {
        foreach (var level in new[] { RollupLevel.Domain, RollupLevel.Department, RollupLevel.District })
        {
            var sql = RollupStatements.Level(grain, level, range is not null);
            await (range is { } r ? ExecAsync(sql, ct, r.First, r.End) : ExecAsync(sql, ct));
        }
    }

    /// <summary>Removes the dirty periods a refresh has read (not any written since, which the next refresh handles).</summary>
    public async Task DeleteDirtyAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        foreach (var batch in ids.Chunk(DeleteBatch))
        {
            await db.DirtyPeriods.Where(d => batch.Contains(d.Id)).ExecuteDeleteAsync(ct);
        }
    }
}
