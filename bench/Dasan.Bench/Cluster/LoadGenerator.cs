using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dasan.Bench.Cluster;

/// <summary>
/// Closed-loop load for a bounded time: each simulated user has its own connection and repeats a mix of intake
/// (40 %), queue reads (30 %), knowledge questions (15 %) and dashboards (15 %). Every intake the server
/// acknowledged (201 with a tracking number) is kept, to be checked in the database afterwards. Other mixes:
/// <see cref="LoadMix"/>.
/// </summary>
public sealed class LoadGenerator(string baseUrl, string intakeKey, string staffKey, LoadMix mix = LoadMix.Mixed)
{
    private static readonly string[] Titles =
    [
        "버스 정류장 의자가 부서졌어요", "가로등이 밤새 꺼져 있습니다", "공원 화장실 청소 부탁드립니다", "불법 주정차 단속 요청",
        "보도블록이 깨져 넘어질 뻔했어요", "음식물 쓰레기 수거가 안 됐어요", "어린이보호구역 과속 차량", "청년 월세 지원 문의",
    ];

    private static readonly string[] Questions = ["대형폐기물 어떻게 버려요?", "청년 월세 지원 대상이 누구예요?", "주정차 과태료 이의신청은 어떻게 하나요?"];

    public ConcurrentBag<string> Acknowledged { get; } = [];

    public async Task<LoadResult> RunAsync(int users, TimeSpan duration, Action? atHalfTime = null)
    {
        var samples = new ConcurrentBag<(string Op, double Ms, bool Ok, double At)>();
        var deadline = Stopwatch.StartNew();
        var half = atHalfTime is null ? Task.CompletedTask : Task.Delay(duration / 2).ContinueWith(_ => atHalfTime(), TaskScheduler.Default);
        var tomorrow = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(9)).AddDays(1);
        var period = $"from={tomorrow.AddDays(-90):yyyy-MM-dd}&to={tomorrow:yyyy-MM-dd}";
        await Task.WhenAll(Enumerable.Range(0, users).Select(u => Task.Run(async () =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30),
            };
            var random = new Random(u);
            var n = 0;
            while (deadline.Elapsed < duration)
            {
                var roll = mix is LoadMix.IntakeOnly or LoadMix.IntakeAsync ? 0 : random.Next(100);
                var op = mix == LoadMix.StaticFile ? "static" : roll < 40 ? "intake" : roll < 70 ? "queue" : roll < 85 ? "ask" : "dashboard";
                using var request = op switch
                {
                    "intake" => new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
                    {
                        Content = JsonContent.Create(new { title = Titles[random.Next(Titles.Length)], body = $"부하 시험 {u}-{n++}: 현장을 확인해 주세요. 동작구 사당로 근처입니다.", type = "고충" }),
                    },
                    "queue" => new HttpRequestMessage(HttpMethod.Get, "/api/v1/requests?pageSize=20"),
                    "static" => new HttpRequestMessage(HttpMethod.Get, "/js/ask.js"),
                    "ask" => new HttpRequestMessage(HttpMethod.Post, "/api/v1/ask") { Content = JsonContent.Create(new { question = Questions[random.Next(Questions.Length)] }) },
                    _ => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboard/volume?by=district&{period}"),
                };
                request.Headers.Add("X-Api-Key", op == "intake" ? intakeKey : staffKey);
                if (mix == LoadMix.IntakeAsync || (mix == LoadMix.MixedAsync && op == "intake"))
                {
                    request.Headers.Add("Prefer", "respond-async");
                }

                var at = deadline.Elapsed.TotalSeconds;
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request);
                    var body = await response.Content.ReadAsStringAsync();
                    samples.Add((op, clock.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode, at));
                    if (op == "intake" && response.StatusCode is System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.Accepted)
                    {
                        Acknowledged.Add(JsonDocument.Parse(body).RootElement.GetProperty("trackingNumber").GetString()!);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    samples.Add((op, clock.Elapsed.TotalMilliseconds, false, at)); // connection cut by a killed node: not acknowledged
                }
            }
        })));
        await half;
        return new LoadResult(samples.ToList(), deadline.Elapsed);
    }
}
