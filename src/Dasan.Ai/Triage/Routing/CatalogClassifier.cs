using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Dasan.Ai.Learning;
using Dasan.Core.Departments;

namespace Dasan.Ai.Triage.Routing;

/// <summary>
/// A classifier trained on the catalog's own text (examples, keywords, duty sentences; label = unit code),
/// blended with retrieval: it learns which words tell units apart. No citizen data is used. Trained once per
/// catalog content and cached in memory and, when a folder is given, on disk (a rebuildable cache).
/// </summary>
public static class CatalogClassifier
{
    private static readonly ConcurrentDictionary<string, Lazy<TrainedTextClassifier>> Memory = new();

    public static readonly TextClassifierOptions Options = TextClassifierOptions.Default with { BalanceLabels = false, MaximumIterations = 5 };

    public static TrainedTextClassifier For(CatalogDocument catalog, string? cacheDirectory, Action<string>? log = null)
    {
        var hash = Hash(catalog);
        return Memory.GetOrAdd(hash, h => new Lazy<TrainedTextClassifier>(() => LoadOrTrain(catalog, h, cacheDirectory, log))).Value;
    }

    public static IReadOnlyList<LabeledText> TrainingRows(CatalogDocument catalog) =>
        catalog.Units.SelectMany(u => u.Examples.Select(e => new LabeledText(e, u.Code))
            .Concat(u.Keywords.Select(k => new LabeledText(k, u.Code)))
            .Concat(u.Duties.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => new LabeledText(d, u.Code))))
            .ToList();

    /// <summary>The text the classifier sees for a request: the title twice, then the start of the body.</summary>
    public static string Text(string title, string body, int bodyChars) =>
        title + "\n" + title + "\n" + (body.Length > bodyChars ? body[..bodyChars] : body);

    private static TrainedTextClassifier LoadOrTrain(CatalogDocument catalog, string hash, string? cacheDirectory, Action<string>? log)
    {
        var path = cacheDirectory is null ? null : Path.Combine(cacheDirectory, $"catalog-{hash[..16]}.zip");
        if (path is not null && File.Exists(path))
        {
            try
            {
                using var stream = File.OpenRead(path);
                return TrainedTextClassifier.Load(stream);
            }
            catch (InvalidDataException)
            {
                log?.Invoke($"catalog classifier cache {path} is unreadable; training again");
            }
        }

        log?.Invoke($"training the catalog classifier on {catalog.Units.Count} units (once per catalog version)");
        var model = new TextClassifierTrainer(Options).Train(TrainingRows(catalog));
        if (path is not null)
        {
            Directory.CreateDirectory(cacheDirectory!);
            var temp = path + ".tmp";
            using (var stream = File.Create(temp))
            {
                model.Save(stream);
            }

            File.Move(temp, path, overwrite: true);
        }

        return model;
    }

    private static string Hash(CatalogDocument catalog)
    {
        var text = string.Join('\u001e', catalog.Units.Select(u =>
            string.Join('\u001f', u.Code, u.Duties, string.Join('|', u.Keywords), string.Join('|', u.Examples))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text + "|" + Options)));
    }
}
