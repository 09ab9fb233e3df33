using Dasan.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace Dasan.Cli.Tests;

/// <summary>
/// Issue 16: a data folder seeded once per test run (as any <c>dasan</c> command seeds a fresh <c>--data DIR</c>) and
/// copied for each test, instead of migrating, seeding, indexing and training again. One test still starts from an
/// empty folder (<see cref="ImportCommandTests"/>), so the first-start path stays covered.
/// </summary>
public static class SeededData
{
    private static readonly Lazy<string> Template = new(() => Task.Run(async () =>
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("dasan-cli-template-").FullName, "data");
        await using (await CliHost.OpenAsync(data, CancellationToken.None))
        {
        }

        SqliteConnection.ClearAllPools();
        return data;
    }).GetAwaiter().GetResult());

    /// <summary><c>dir/data</c>, a copy of the seeded installation (made on first use).</summary>
    public static string Into(string dir)
    {
        var target = Path.Combine(dir, "data");
        if (Directory.Exists(target))
        {
            return target;
        }

        foreach (var file in Directory.EnumerateFiles(Template.Value, "*", SearchOption.AllDirectories).Where(Copied))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Template.Value, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    /// <summary>Not lock files, nor the urgency models: the process reads those once, from the first folder it opens.</summary>
    private static bool Copied(string file) =>
        !file.EndsWith(".lock", StringComparison.Ordinal) && !Path.GetFileName(file).StartsWith("urgency-", StringComparison.Ordinal);
}
