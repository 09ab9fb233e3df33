using System.Security.Cryptography;
using System.Text;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Keeps the trained urgency models in an installation's models folder, named by a hash of what they are trained from
/// (the sentences, both models' settings and this build of the code), so a process loads them in a fraction of a second
/// instead of training for several. A missing, damaged or stale file just means training again and writing it anew.
/// </summary>
internal static class UrgencyModelCache
{
    /// <summary>The scorer, and whether it had to be trained (false when read from <paramref name="directory"/>).</summary>
    public static (UrgencyScorer? Scorer, bool Trained) LoadOrTrain(
        string? directory, IReadOnlyList<LabeledText> rows, Func<IReadOnlyList<LabeledText>, UrgencyScorer?> train, Action<string>? log = null)
    {
        if (directory is null || rows.Count == 0)
        {
            return (train(rows), rows.Count > 0);
        }

        var stem = Path.Combine(directory, "urgency-" + Key(rows));
        var (linearPath, subwordPath) = (stem + ".linear.zip", stem + ".subword.bin");
        if (File.Exists(linearPath) && File.Exists(subwordPath))
        {
            try
            {
                using var linear = File.OpenRead(linearPath);
                using var subword = File.OpenRead(subwordPath);
                return (new UrgencyScorer(TrainedTextClassifier.Load(linear), SubwordClassifier.Load(subword)), false);
            }
            catch (InvalidDataException)
            {
                log?.Invoke($"urgency model cache {stem}.* is unreadable; training again");
            }
        }

        var scorer = train(rows)!;
        try
        {
            Directory.CreateDirectory(directory);
            Write(linearPath, scorer.Linear.Save);
            Write(subwordPath, scorer.Subword!.Save);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be written (read-only, full) costs the next process a training, never this one its models.
            log?.Invoke($"urgency model cache {stem}.* could not be written ({e.Message}); the models stay in memory");
        }

        return (scorer, true);
    }

    /// <summary>Written under a name of its own, then renamed: a process beside this one reads a whole file or none.</summary>
    private static void Write(string path, Action<Stream> save)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = File.Create(temp))
            {
                save(stream);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // gone already once moved; a half-written one must not stay
        }
    }

    private static string Key(IReadOnlyList<LabeledText> rows)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(UrgencyModelCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        hash.AppendData(Encoding.UTF8.GetBytes($"{UrgencyModel.LinearOptions}\n{UrgencyModel.SubwordOptions}\n"));
        foreach (var row in rows)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{row.Label}\t{row.Text}\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
