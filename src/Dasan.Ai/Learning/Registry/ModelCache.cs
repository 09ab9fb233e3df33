using System.Collections.Concurrent;
using Dasan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Dasan.Ai.Learning.Registry;

/// <summary>Loaded classifiers by NAME@VERSION, so the API does not unpack a model per call; NAME resolves to the active version.</summary>
public sealed class ModelCache
{
    private readonly ConcurrentDictionary<string, Lazy<TrainedTextClassifier>> _models = new();

    public async Task<(string Key, TrainedTextClassifier Model)> GetAsync(DasanDbContext db, string reference, CancellationToken ct)
    {
        var (name, version) = ModelName.Parse(reference);
        var entry = await (version is { } v
            ? db.ModelVersions.AsNoTracking().Where(m => m.Name == name && m.Version == v)
            : db.ModelVersions.AsNoTracking().Where(m => m.Name == name && m.Status == "active"))
            .Select(m => new { m.Id, m.Version }).FirstOrDefaultAsync(ct)
            ?? throw new ModelNotFoundException(version is null ? $"{name} has no active version" : $"{name}@{version}");
        var key = $"{name}@{entry.Version}";
        var bytes = _models.ContainsKey(key) ? null
            : await db.ModelVersions.AsNoTracking().Where(m => m.Id == entry.Id).Select(m => m.Artifact).SingleAsync(ct);
        var model = _models.GetOrAdd(key, _ => new Lazy<TrainedTextClassifier>(() => TrainedTextClassifier.Load(new MemoryStream(bytes!)))).Value;
        return (key, model);
    }
}
