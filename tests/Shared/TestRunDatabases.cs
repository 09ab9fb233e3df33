using System.Collections.Concurrent;
using Npgsql;

namespace Dasan.Testing;

/// <summary>
/// The PostgreSQL databases a test process created and has not dropped yet — shared hosts and seeded templates that
/// live as long as the run — dropped once every test has run (<see cref="TestRunScope"/>).
/// </summary>
internal static class TestRunDatabases
{
    private static readonly ConcurrentDictionary<string, string> Open = new();
    private static int registered;

    /// <summary>Registers a database this run created on <paramref name="server"/>.</summary>
    public static void Created(string server, string name)
    {
        Open[name] = server;
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            TestRunScope.AtEnd(DropLeft);
        }
    }

    /// <summary>Forgets a database the test dropped itself.</summary>
    public static void Dropped(string name) => Open.TryRemove(name, out _);

    private static void DropLeft()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var (name, server) in Open)
        {
            try
            {
                using var admin = new NpgsqlConnection(server);
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException e)
            {
                // The server went away first; the suite's script drops leftovers by name.
                Console.Error.WriteLine($"could not drop test database {name}: {e.Message}");
            }
        }
    }
}
