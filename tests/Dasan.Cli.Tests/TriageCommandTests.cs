using System.Text.Json;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class TriageCommandTests
{
    [Fact]
    public async Task Triage_WhenFileHasGoodAndBadLines_WritesTheContractForGoodLinesAndSkipsBadOnes()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-triage-").FullName;
        var input = Path.Combine(dir, "in.jsonl");
        var output = Path.Combine(dir, "out.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "a", "title": "집 앞 골목 불법주차 단속 요청", "body": "매일 밤 소화전 앞에 차를 세워 둡니다. 단속해 주세요.", "extra": 1}""",
            "{broken",
            """{"id": 7, "title": "지금 가스 냄새가 심하게 나요", "body": "방금부터 계단에서 가스 냄새가 계속 납니다."}""",
            """{"id": "c", "title": "", "body": ""}""",
        ]);
        Assert.Equal(0, await DasanCommandLine.Build().Parse(["triage", "--input", input, "--output", output, "--data", SeededData.Into(dir)]).InvokeAsync());

        var lines = (await File.ReadAllLinesAsync(output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.Equal(7, lines[1].GetProperty("id").GetInt32());
        foreach (var line in lines)
        {
            Assert.Equal(3, line.GetProperty("candidates").GetArrayLength());
            foreach (var c in line.GetProperty("candidates").EnumerateArray())
            {
                Assert.False(string.IsNullOrEmpty(c.GetProperty("department").GetString()));
                Assert.False(string.IsNullOrEmpty(c.GetProperty("domain").GetString()));
                Assert.InRange(c.GetProperty("score").GetDouble(), 0, 1);
            }

            Assert.Contains(line.GetProperty("urgency").GetString(), new[] { "normal", "high", "critical" });
            Assert.InRange(line.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.True(line.TryGetProperty("department", out _));
        }

        Assert.Equal("transport", lines[0].GetProperty("domain").GetString());
        Assert.Equal("critical", lines[1].GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task Triage_WhenEvalWithoutLabelField_IsAUserError()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-triage-").FullName;
        var input = Path.Combine(dir, "in.jsonl");
        await File.WriteAllTextAsync(input, """{"id": 1, "title": "버스", "body": "버스"}""");
        Assert.Equal(1, await DasanCommandLine.Build().Parse(["triage", "--input", input, "--eval", "--data", SeededData.Into(dir)]).InvokeAsync());
    }
}
