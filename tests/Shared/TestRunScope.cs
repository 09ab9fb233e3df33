using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Dasan.Testing;

/// <summary>
/// A test assembly leaves nothing behind, however it is run (issue 16): at load it points the temporary folder
/// (<c>TMPDIR</c>, inherited by the servers, CLIs and browsers it starts) at a folder of its own; once its tests have
/// run it runs the clean-ups registered (the PostgreSQL databases still there, <c>TestRunDatabases</c>) and deletes
/// that folder. Shared hosts and seeded templates that live as long as the run are covered too; the suite's script
/// still sweeps after a crashed run.
/// </summary>
internal static class TestRunScope
{
    private static readonly ConcurrentQueue<Action> Cleanups = new();
    private static string? folder;
    private static string? parent;

    /// <summary>Runs <paramref name="cleanup"/> once every test has run, before the folder goes.</summary>
    public static void AtEnd(Action cleanup) => Cleanups.Enqueue(cleanup);

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The ModuleInitializer attribute should not be used in libraries", Justification = "A test assembly: the scope must exist before any test creates a folder.")]
    internal static void Start()
    {
        parent = Path.GetTempPath();
        folder = Directory.CreateTempSubdirectory("dasan-run-").FullName;
        Environment.SetEnvironmentVariable("TMPDIR", folder);
    }

    /// <summary>Runs the clean-ups and deletes the run's folder; called once every test has run (<see cref="ScopedTestFramework"/>).</summary>
    public static void End()
    {
        foreach (var cleanup in Cleanups)
        {
            cleanup();
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
        catch (IOException)
        {
            // A file still being written by a child that outlived us; the suite's script removes its own TMPDIR.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
