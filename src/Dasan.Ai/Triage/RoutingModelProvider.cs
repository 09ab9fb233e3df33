using Dasan.Ai.Learning;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dasan.Ai.Triage;

/// <summary>
/// The active version of the learned routing model (<c>routing</c> in the registry), if any. Checked against the
/// database at most once a minute, so a promotion or rollback on any node reaches every node.
/// </summary>
public sealed class RoutingModelProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string ModelName = "routing";
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private volatile Snapshot _snapshot = new(null, null, DateTimeOffset.MinValue);

    public (string? Key, TrainedTextClassifier? Model) Current
    {
        get
        {
            var s = _snapshot;
            if (clock.GetUtcNow() - s.CheckedAt < CheckEvery)
            {
                return (s.Key, s.Model);
            }

            lock (_gate)
            {
                if (clock.GetUtcNow() - _snapshot.CheckedAt >= CheckEvery)
                {
                    _snapshot = Refresh(_snapshot);
                }

                return (_snapshot.Key, _snapshot.Model);
            }
        }
    }

    /// <summary>Forces a check on the next use (after a promotion in this process).</summary>
    public void Invalidate() => _snapshot = _snapshot with { CheckedAt = DateTimeOffset.MinValue };

    private Snapshot Refresh(Snapshot old)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DasanDbContext>();
        var active = db.ModelVersions.AsNoTracking().Where(m => m.Name == ModelName && m.Status == "active")
            .Select(m => new { m.Id, m.Version }).FirstOrDefault();
        var key = active is null ? null : $"{ModelName}@{active.Version}";
        if (key == old.Key)
        {
            return old with { CheckedAt = clock.GetUtcNow() };
        }

        var model = active is null ? null
            : TrainedTextClassifier.Load(new MemoryStream(db.ModelVersions.AsNoTracking().Where(m => m.Id == active.Id).Select(m => m.Artifact).Single()));
        return new Snapshot(key, model, clock.GetUtcNow());
    }

    private sealed record Snapshot(string? Key, TrainedTextClassifier? Model, DateTimeOffset CheckedAt);
}
