using System.Globalization;
using System.Text;
using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

[Collection("console")]
public class RadarCommandsTests
{
    private static readonly string[] Background =
    [
        "버스 배차 간격이 너무 깁니다", "공원 화장실 청소 부탁드립니다", "도서관 운영 시간 연장 요청", "어린이집 대기 문제 해결 부탁", "불법 광고물 정비 요청",
        "자전거 도로 정비 필요", "경로당 난방 점검 요청", "재활용 수거 요일 안내 부탁", "청년 월세 지원 문의", "공공 와이파이 확대 건의",
        "횡단보도 신호 시간 연장", "가로수 가지치기 요청", "주민센터 주차장 부족", "소음 단속 강화 요청", "전통시장 주차 지원 건의",
    ];

    private static Task<int> Dasan(params string[] args) => DasanCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task ImportThenDetect_WhenAPlantedBurst_RanksItFirstAndReportsBadLines()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-radar-").FullName;
        var data = SeededData.Into(dir);
        var file = Path.Combine(dir, "items.csv");
        var csv = new StringBuilder("id,date,title,section\n");
        var start = new DateOnly(2020, 5, 1);
        var n = 0;
        for (var d = 0; d < 70; d++)
        {
            for (var i = 0; i < 4; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"b{n++},{start.AddDays(d):yyyy-MM-dd} 09:{i:00},\"{Background[(d * 4 + i) % Background.Length]} {d}\",생활\n");
            }
        }

        for (var i = 0; i < 8; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"s{i},{start.AddDays(66):yyyy-MM-dd}T1{i}:00+09:00,\"{Background[i]} 그리고 마포구 싱크홀 발생\",사회\n");
        }

        csv.Append("x1,어제,\"날짜가 틀린 줄\",사회\nx2,2020-06-01,,사회\n");
        await File.WriteAllTextAsync(file, csv.ToString());

        Assert.Equal(0, await Dasan("radar", "import", file, "--source", "test", "--kind", "Request", "--data", data));
        var rejected = await File.ReadAllLinesAsync(file + ".rejected.jsonl");
        Assert.Equal(2, rejected.Length);
        Assert.Contains("date: '어제' is not an ISO 8601 date", rejected[0], StringComparison.Ordinal);
        Assert.Contains("title: required", rejected[1], StringComparison.Ordinal);

        var output = await CaptureAsync(() => Dasan("radar", "detect", "--from", "2020-07-04", "--to", "2020-07-09", "--json", "--data", data));
        var issues = JsonDocument.Parse(output).RootElement.GetProperty("issues");
        var top = issues[0];
        Assert.Contains("싱크홀", top.GetProperty("phrases").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2020-07-06", top.GetProperty("first_seen").GetString());
        Assert.Equal(8, top.GetProperty("volume").GetInt32());
        Assert.Equal("마포구", top.GetProperty("districts")[0].GetString());
        foreach (var field in new[] { "label", "score", "domains", "departments", "examples" })
        {
            Assert.True(top.TryGetProperty(field, out _), field);
        }

        Assert.Equal(0, await Dasan("radar", "import", file, "--source", "test", "--data", data));
        var briefing = await CaptureAsync(() => Dasan("radar", "briefing", "--date", "2020-07-09", "--period", "Weekly", "--data", data));
        Assert.Contains("싱크홀", briefing, StringComparison.Ordinal);
        Assert.Contains("시장실 주간 브리핑", briefing, StringComparison.Ordinal);
        Assert.Equal(1, await Dasan("radar", "briefing", "--date", "2020-07-09", "--bureau", "없는국", "--data", data));
        Assert.Equal(1, await Dasan("radar", "detect", "--from", "2020-07-09", "--to", "2020-07-01", "--data", data));
    }

    [SkippableTheory]
    [InlineData("news-ynat-dated.csv", "yonhap", new string[0])]
    [InlineData("petitions-train.csv", "petitions", new[] { "--date-field", "expiry", "--date-shift", "-30", "--section-field", "category", "--kind", "Request" })]
    public async Task Import_WhenSharedFiles_ImportsEveryLine(string name, string source, string[] extra)
    {
        var folder = Environment.GetEnvironmentVariable("DASAN_SHARED_DATA") is { Length: > 0 } configured
            ? configured : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data"));
        var path = Path.Combine(folder, name);
        Skip.IfNot(File.Exists(path), $"{path} is absent (the shared datasets are optional); skipped.");
        var dir = Directory.CreateTempSubdirectory("dasan-radar-").FullName;
        var copy = Path.Combine(dir, name);
        await File.WriteAllLinesAsync(copy, File.ReadLines(path).Take(1500));
        Assert.Equal(0, await Dasan(["radar", "import", copy, "--source", source, "--data", SeededData.Into(dir), .. extra]));
        Assert.False(File.Exists(copy + ".rejected.jsonl"));
    }

    private static async Task<string> CaptureAsync(Func<Task<int>> run)
    {
        var original = Console.Out;
        var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            Assert.Equal(0, await run());
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }
}
