using System.Text.Json;
using Dasan.Core.Access;
using Dasan.Core.Audit;
using Dasan.Core.Data;
using Dasan.Core.Learning;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Learning.Registry;

/// <summary>
/// Versions of named classifiers in the database: register a trained model as a candidate, promote one to
/// active (the version the platform uses), roll back to the previously active one. Every change is audited.
/// </summary>
public sealed class ModelRegistry(DasanDbContext db, AuditTrail audit, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<ModelVersion> RegisterAsync(Actor actor, string name, TrainedTextClassifier model, DataSummary data, CancellationToken ct)
    {
        ModelName.Validate(name);
        using var buffer = new MemoryStream();
        model.Save(buffer);
        var version = (await db.ModelVersions.Where(m => m.Name == name).MaxAsync(m => (int?)m.Version, ct) ?? 0) + 1;
        var entry = new ModelVersion
        {
            Name = name, Version = version, Status = "candidate", TrainedBy = actor.Name, TrainedAt = clock.GetUtcNow().UtcDateTime,
            SummaryJson = JsonSerializer.Serialize(new { training = model.Summary, data }, Json),
            Artifact = buffer.ToArray(),
        };
        db.ModelVersions.Add(entry);
        audit.Record(actor, "model.trained", "model", entry.Key, null, new
        {
            labels = model.Labels.Count, examples = model.Summary.TrainingExamples, model.Summary.HoldOutAccuracy, model.Summary.HoldOutMacroF1,
        });
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task<ModelVersion> PromoteAsync(Actor actor, string name, int version, CancellationToken ct)
    {
        var target = await db.ModelVersions.FirstOrDefaultAsync(m => m.Name == name && m.Version == version, ct)
            ?? throw new ModelNotFoundException($"{name}@{version}");
        var current = await db.ModelVersions.FirstOrDefaultAsync(m => m.Name == name && m.Status == "active", ct);
        if (current?.Id == target.Id)
        {
            return target;
        }

        if (current is not null)
        {
            current.Status = "retired";
        }

        (target.Status, target.PromotedBy, target.PromotedAt) = ("active", actor.Name, clock.GetUtcNow().UtcDateTime);
        audit.Record(actor, "model.promoted", "model", target.Key, new { active = current?.Key }, new { active = target.Key });
        await db.SaveChangesAsync(ct);
        return target;
    }

    /// <summary>Makes the most recently promoted earlier version active again.</summary>
    public async Task<ModelVersion> RollbackAsync(Actor actor, string name, CancellationToken ct)
    {
        var current = await db.ModelVersions.FirstOrDefaultAsync(m => m.Name == name && m.Status == "active", ct)
            ?? throw new ModelNotFoundException($"{name} has no active version to roll back from");
        var previous = await db.ModelVersions.Where(m => m.Name == name && m.Id != current.Id && m.PromotedAt != null)
            .OrderByDescending(m => m.PromotedAt).FirstOrDefaultAsync(ct)
            ?? throw new ModelNotFoundException($"{name} has no earlier promoted version");
        (current.Status, previous.Status) = ("retired", "active");
        audit.Record(actor, "model.rolled_back", "model", previous.Key, new { active = current.Key }, new { active = previous.Key });
        await db.SaveChangesAsync(ct);
        return previous;
    }

    /// <summary><c>NAME</c> (the active version) or <c>NAME@VERSION</c>.</summary>
    public async Task<(ModelVersion Entry, TrainedTextClassifier Model)> LoadAsync(string reference, CancellationToken ct)
    {
        var (name, version) = ModelName.Parse(reference);
        var entry = await (version is { } v
            ? db.ModelVersions.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name && m.Version == v, ct)
            : db.ModelVersions.AsNoTracking().FirstOrDefaultAsync(m => m.Name == name && m.Status == "active", ct))
            ?? throw new ModelNotFoundException(version is null ? $"{name} has no active version" : $"{name}@{version}");
        return (entry, TrainedTextClassifier.Load(new MemoryStream(entry.Artifact)));
    }

    public async Task SaveEvaluationAsync(Actor actor, ModelVersion entry, EvaluationReport report, CancellationToken ct)
    {
        await db.ModelVersions.Where(m => m.Id == entry.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.EvaluationJson, report.ToJson()), ct);
        audit.Record(actor, "model.evaluated", "model", entry.Key, null, new { report.N, report.Accuracy, report.MacroF1 });
        await db.SaveChangesAsync(ct);
    }

    public Task<List<ModelVersion>> ListAsync(string? name, CancellationToken ct) =>
        db.ModelVersions.AsNoTracking().Where(m => name == null || m.Name == name).OrderBy(m => m.Name).ThenByDescending(m => m.Version)
            .Select(m => new ModelVersion
            {
                Id = m.Id, Name = m.Name, Version = m.Version, Status = m.Status, TrainedBy = m.TrainedBy, TrainedAt = m.TrainedAt,
                PromotedBy = m.PromotedBy, PromotedAt = m.PromotedAt, SummaryJson = m.SummaryJson, EvaluationJson = m.EvaluationJson, Artifact = Array.Empty<byte>(),
            }).ToListAsync(ct);
}
