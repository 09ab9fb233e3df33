using System.Text.Json;
using Dasan.Cli.Commands;
using Dasan.Korean;
using Dasan.Korean.Tokenization;

namespace Dasan.Cli.Tests;

public class TextCommandsTests
{
    private static readonly KoreanTextPipeline Pipeline = new();

    private static async Task<List<JsonElement>> RunAsync(string input, Func<string, object> transform)
    {
        var output = new StringWriter();
        Assert.Equal(0, await TextCommands.ProcessAsync(new StringReader(input), output, transform, CancellationToken.None));
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public async Task Mask_WhenLinesHavePersonalData_MasksThemAndKeepsDatesAndBusNumbers()
    {
        var lines = await RunAsync("저는 홍길동입니다. 연락처 010-1234-5678\n7016번 버스가 2026-11-25에 안 왔어요\n\n", l => TextCommands.MaskLine(Pipeline, l, false));
        Assert.Equal(3, lines.Count);
        var first = lines[0].GetProperty("text").GetString()!;
        Assert.DoesNotContain("1234-5678", first, StringComparison.Ordinal);
        Assert.DoesNotContain("길동", first, StringComparison.Ordinal);
        Assert.Contains("010-****-5678", first, StringComparison.Ordinal);
        Assert.Equal(2, lines[0].GetProperty("findings").GetArrayLength());
        Assert.False(lines[0].GetProperty("findings")[0].TryGetProperty("original", out _));
        Assert.Equal("7016번 버스가 2026-11-25에 안 왔어요", lines[1].GetProperty("text").GetString());
        Assert.Equal("", lines[2].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Mask_WhenFindingSpansReported_PointIntoTheInputLine()
    {
        const string line = "문의: hong@example.com 으로 회신 바랍니다";
        var result = (await RunAsync(line, l => TextCommands.MaskLine(Pipeline, l, true)))[0];
        var f = result.GetProperty("findings")[0];
        Assert.Equal("email", f.GetProperty("type").GetString());
        Assert.Equal("hong@example.com", line.Substring(f.GetProperty("start").GetInt32(), f.GetProperty("length").GetInt32()));
    }

    [Fact]
    public async Task Tokens_WhenParticlesAndEndings_ReturnsStems()
    {
        var tokenizer = new KoreanTokenizer(KoreanTokenizerOptions.StemsOnly);
        var line = (await RunAsync("서울시에서 불법주정차를 단속해주세요", l => TextCommands.TokensLine(Pipeline, tokenizer, l)))[0];
        var terms = line.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("term").GetString()).ToList();
        Assert.Contains("서울시", terms);
        Assert.Contains("주정차", terms);
        Assert.Contains("단속", terms);
        Assert.DoesNotContain("서울시에서", terms);
    }

    [Fact]
    public async Task Lang_WhenScriptsDiffer_DetectsEach()
    {
        var langs = (await RunAsync("버스 정류장이 너무 멀어요\nThe bus stop is too far\nバス停が遠いです\n公交车站太远了", TextCommands.LangLine))
            .Select(l => l.GetProperty("lang").GetString()).ToList();
        Assert.Equal(["ko", "en", "ja", "zh"], langs);
    }
}
