using System.Collections.Concurrent;

namespace Dasan.Testing;

/// <summary>
/// A test assembly leaves nothing behind, however it is run (issue 16): before its first test it points the temporary folder
/// (<c>TMPDIR</c>, inherited by the servers, CLIs and browsers it starts) at a folder of its own; once its tests have
/// run it runs the clean-ups registered (the PostgreSQL databases still there, <c>TestRunDatabases</c>) and deletes
/// that folder. Shared hosts and seeded templates that live as long as the run are covered too; the suite's script
/// still sweeps after a crashed run.
/// </summary>
internal static class TestRunScope
{
    private static readonly ConcurrentQueue<Action> Cleanups = new();
    private static readonly ConcurrentQueue<IAsyncDisposable> Running = new();
    private static string? folder;
    private static string? parent;

    /// <summary>Runs <paramref name="cleanup"/> once every test has run, before the folder goes.</summary>
    public static void AtEnd(Action cleanup) => Cleanups.Enqueue(cleanup);

    /// <summary>
    /// Stops <paramref name="server"/> once every test has run, before the clean-ups: a shared server still running its
    /// jobs would write into its deleted folder again, or reach for a dropped database.
    /// </summary>
    public static void StopAtEnd(IAsyncDisposable server) => Running.Enqueue(server);

    /// <summary>Creates the run's folder and points <c>TMPDIR</c> at it; called before the first test (<see cref="ScopedTestFramework"/>).</summary>
    public static void Start()
    {
        if (folder is not null)
        {
            return;
        }

        parent = Path.GetTempPath();
        folder = Directory.CreateTempSubdirectory("dasan-run-").FullName;
        Environment.SetEnvironmentVariable("TMPDIR", folder);
    }

    /// <summary>Runs the clean-ups and deletes the run's folder once every test has run; returns what failed.</summary>
    public static IReadOnlyList<Exception> End()
    {
        var failures = new List<Exception>();
        foreach (var server in Running)
        {
            try
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        foreach (var cleanup in Cleanups)
        {
            try
            {
                cleanup();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        if (parent is not null)
        {
            Environment.SetEnvironmentVariable("TMPDIR", parent);
        }

        try
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still being written by a child that outlived the tests; the suite's script removes its own TMPDIR.
        }

        return failures;
    }
}
