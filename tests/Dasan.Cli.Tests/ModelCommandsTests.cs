using System.Text;
using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class ModelCommandsTests
{
    private static Task<int> Dasan(params string[] args) => DasanCommandLine.Build().Parse(args).InvokeAsync();

    private static async Task<string> WriteCsvAsync(string dir)
    {
        var sb = new StringBuilder("id,text,label\n");
        string[] bus = ["버스 배차 간격이 길어요", "마을버스 노선 신설 요청", "버스 정류장을 옮겨 주세요", "시내버스 난폭운전 신고"];
        string[] park = ["공원 벤치가 부서졌어요", "공원 산책로 조명 설치", "놀이터 모래 교체 요청", "공원 화장실이 더러워요"];
        for (var i = 0; i < 12; i++)
        {
            foreach (var t in bus) sb.AppendLine($"{i},\"{t} {i}\",버스");
            foreach (var t in park) sb.AppendLine($"{i},\"{t} {i}\",공원");
        }

        var path = Path.Combine(dir, "train.csv");
        await File.WriteAllTextAsync(path, sb.ToString());
        return path;
    }

    [Fact]
    public async Task TrainEvaluatePredict_WhenDataIsGood_StoresAnActiveVersionAndScoresIt()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-model-").FullName;
        var data = SeededData.Into(dir);
        var csv = await WriteCsvAsync(dir);
        Assert.Equal(0, await Dasan("model", "train", "--input", csv, "--text", "text", "--label", "label", "--name", "demo", "--data", data));
        Assert.Equal(0, await Dasan("model", "evaluate", "--model", "demo@1", "--input", csv, "--text", "text", "--label", "label", "--json", "--html", Path.Combine(dir, "r.html"), "--data", data));
        Assert.Contains("lang=\"ko\"", await File.ReadAllTextAsync(Path.Combine(dir, "r.html")), StringComparison.Ordinal);
        Assert.Equal(0, await Dasan("model", "predict", "--model", "demo", "버스가 안 와요", "--data", data));
        Assert.Equal(1, await Dasan("model", "rollback", "demo", "--data", data));
        Assert.Equal(1, await Dasan("model", "predict", "--model", "nope", "버스", "--data", data));
    }

    [Fact]
    public async Task Train_WhenColumnMissingOrFileEmptyOrNotUtf8_ExitsWithUserError()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-model-").FullName;
        var data = SeededData.Into(dir);
        var csv = await WriteCsvAsync(dir);
        Assert.Equal(1, await Dasan("model", "train", "--input", csv, "--text", "title", "--label", "label", "--data", data));
        var empty = Path.Combine(dir, "empty.csv");
        await File.WriteAllTextAsync(empty, "");
        Assert.Equal(1, await Dasan("model", "train", "--input", empty, "--text", "text", "--label", "label", "--data", data));
        var latin = Path.Combine(dir, "latin.csv");
        await File.WriteAllBytesAsync(latin, [.. Encoding.UTF8.GetBytes("text,label\n"), 0xC0, 0xC1, 0xFF, (byte)',', (byte)'a', (byte)'\n']);
        Assert.Equal(1, await Dasan("model", "train", "--input", latin, "--text", "text", "--label", "label", "--data", data));
        var oneLabel = Path.Combine(dir, "one.csv");
        await File.WriteAllTextAsync(oneLabel, "text,label\n버스,a\n버스 정류장,a\n");
        Assert.Equal(1, await Dasan("model", "train", "--input", oneLabel, "--text", "text", "--label", "label", "--data", data));
    }
}
