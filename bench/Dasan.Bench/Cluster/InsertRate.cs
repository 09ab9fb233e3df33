using System.Diagnostics;
using Npgsql;

namespace Dasan.Bench.Cluster;

/// <summary>
/// The physical limit of intake on this machine: single-row INSERTs of a request-sized row, each its own committed
/// transaction, from as many connections as the load has users, for a bounded time.
/// </summary>
public static class InsertRate
{
    /// <summary>The rate, and how many connections measured it: the users, or fewer when the server allows fewer.</summary>
    public static async Task<(double Rate, int Connections)> MeasureAsync(string connectionString, int users, TimeSpan duration)
    {
        int connections;
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var limit = new NpgsqlCommand(
                "select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int - (select count(*)::int from pg_stat_activity)", setup);
            connections = Math.Max(1, Math.Min(users, (int)(await limit.ExecuteScalarAsync())! - 5));
            await using var create = new NpgsqlCommand(
                "drop table if exists bench_bare_insert; create table bench_bare_insert (id bigserial primary key, title text not null, body text not null, at timestamptz not null default now())", setup);
            await create.ExecuteNonQueryAsync();
        }

        var count = 0L;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async i =>
        {
            await using var c = new NpgsqlConnection(connectionString);
            await c.OpenAsync();
            await using var insert = new NpgsqlCommand("insert into bench_bare_insert (title, body) values (@t, @b)", c);
            insert.Parameters.AddWithValue("t", "가로등이 밤새 꺼져 있습니다");
            insert.Parameters.AddWithValue("b", $"부하 시험 {i}: 현장을 확인해 주세요. 동작구 사당로 근처입니다.");
            await insert.PrepareAsync();
            while (clock.Elapsed < duration)
            {
                await insert.ExecuteNonQueryAsync();
                Interlocked.Increment(ref count);
            }
        }));
        var rate = count / clock.Elapsed.TotalSeconds;
        await using (var cleanup = new NpgsqlConnection(connectionString))
        {
            await cleanup.OpenAsync();
            await using var drop = new NpgsqlCommand("drop table bench_bare_insert", cleanup);
            await drop.ExecuteNonQueryAsync();
        }

        return (rate, connections);
    }
}
