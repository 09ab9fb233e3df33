using Dasan.Core.Departments;
using Dasan.Core.Requests;
using Npgsql;
using NpgsqlTypes;

namespace Dasan.Bench;

/// <summary>
/// Writes generated requests and their triage suggestions with binary COPY: departments, domains and districts
/// skewed like a real city (a few busy units, busy districts), received over the last two years, about a
/// tenth still open and a third of those overdue; most answered within days.
/// </summary>
internal static class DashboardDataGenerator
{
    public static async Task GenerateAsync(NpgsqlConnection connection, IReadOnlyList<Department> departments, string[] districts, int count, DateTime now)
    {
        var random = new Random(20261125);
        var start = now.AddDays(-730);
        var times = new DateTime[count];
        for (var i = 0; i < count; i++)
        {
            times[i] = start.AddSeconds(random.NextDouble() * (now - start).TotalSeconds);
        }

        Array.Sort(times); // requests arrive in time order, as in production
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY requests (\"TrackingNumber\", \"Title\", \"Body\", \"MaskedBody\", \"Channel\", \"Type\", \"Status\", \"Urgency\", \"DepartmentId\", \"Domain\", " +
            "\"District\", \"ReceivedAt\", \"DueAt\", \"UpdatedAt\", \"AnsweredAt\", \"ClosedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var dept = departments[Skewed(random, departments.Count)];
                var received = times[i];
                var due = received.AddDays(7);
                var (status, answered, closed) = Outcome(random, received, now);
                await writer.StartRowAsync();
                await writer.WriteAsync($"B{i:D9}", NpgsqlDbType.Varchar);
                await writer.WriteAsync("민원 제목", NpgsqlDbType.Varchar);
                await writer.WriteAsync("민원 내용", NpgsqlDbType.Varchar);
                await writer.WriteAsync("민원 내용", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Web", NpgsqlDbType.Varchar);
                await writer.WriteAsync("Grievance", NpgsqlDbType.Varchar);
                await writer.WriteAsync(status.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync("normal", NpgsqlDbType.Varchar);
                await writer.WriteAsync(dept.Id, NpgsqlDbType.Bigint);
                await writer.WriteAsync(dept.Domain, NpgsqlDbType.Varchar);
                await Nullable(writer, random.NextDouble() < 0.85 ? districts[Skewed(random, districts.Length)] : null, NpgsqlDbType.Varchar);
                await writer.WriteAsync(received, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(due, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(closed ?? answered ?? received, NpgsqlDbType.TimestampTz);
                await Nullable(writer, answered, NpgsqlDbType.TimestampTz);
                await Nullable(writer, closed, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var cmd = new NpgsqlCommand(
            """
            INSERT INTO triage_suggestions ("RequestId", "At", "Domain", "DepartmentCode", "Confidence", "Urgency", "AutoAssigned", "CandidatesJson", "EvidenceJson", "RouterVersion", "OverriddenAt")
            SELECT r."Id", r."ReceivedAt", r."Domain", d."Code", 0.5, 'normal', (r."Id" % 10) < 6, '[]', '{}', 'bench', CASE WHEN r."Id" % 17 = 0 THEN r."ReceivedAt" + interval '1 day' END
            FROM requests r JOIN departments d ON d."Id" = r."DepartmentId"
            """, connection))
        {
            cmd.CommandTimeout = 600;
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static (RequestStatus Status, DateTime? Answered, DateTime? Closed) Outcome(Random random, DateTime received, DateTime now)
    {
        var answered = received.AddHours(Math.Exp(random.NextDouble() * 6.5)); // 1 hour to ~28 days, log-uniform
        if (answered > now || random.NextDouble() < 0.08)
        {
            return (random.NextDouble() < 0.5 ? RequestStatus.Received : RequestStatus.InProgress, null, null);
        }

        var closed = answered.AddHours(random.NextDouble() * 72);
        return closed < now && random.NextDouble() < 0.7 ? (RequestStatus.Closed, answered, closed) : (RequestStatus.Answered, answered, null);
    }

    // Zipf-like: the first items of a list are chosen far more often.
    private static int Skewed(Random random, int n) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 2.2)));

    private static Task Nullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);
}
