using Dasan.Cli.Commands;

namespace Dasan.Cli.Tests;

public class ImportCommandTests
{
    private static Task<int> Dasan(params string[] args) => DasanCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task Import_WhenFileHasBadLines_ImportsGoodOnesReportsBadOnesAndSkipsThemOnRerun()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var file = Path.Combine(dir, "requests.csv");
        await File.WriteAllTextAsync(file, """
            id,title,body,submitted
            a1,"가로등 고장","동작대로 가로등이 꺼졌어요, 빨리 고쳐 주세요",2026-11-20 09:30
            a2,,,
            a3,"보도블록 파손","사당역 앞 보도블록이 깨졌습니다",어제
            a4,"쓰레기 무단투기","골목에 쓰레기가 쌓였어요",2026-11-21
            """);
        Assert.Equal(0, await Dasan("import", file, "--data", Path.Combine(dir, "data")));
        var rejected = await File.ReadAllLinesAsync(file + ".rejected.jsonl");
        Assert.Equal(2, rejected.Length);
        Assert.Contains("\"line\":3", rejected[0], StringComparison.Ordinal);
        Assert.Contains("\"line\":4", rejected[1], StringComparison.Ordinal);
        Assert.Contains("어제", rejected[1], StringComparison.Ordinal);

        Assert.Equal(0, await Dasan("import", file, "--data", Path.Combine(dir, "data")));
        Assert.Equal(0, await Dasan("audit", "verify", "--data", Path.Combine(dir, "data")));
    }

    [Fact]
    public async Task Import_WhenARowHasAStrayQuote_RejectsThatRowWithItsLine()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var file = Path.Combine(dir, "quotes.csv");
        await File.WriteAllTextAsync(file, "id,title,body\nq1,가로등 고장,동작대로 가로등이 꺼졌어요\nq2,\"따옴표 \"\"깨짐,내용,,,\nq3,보도블록 파손,사당역 앞 보도블록이 깨졌습니다\n");
        Assert.Equal(0, await Dasan("import", file, "--data", SeededData.Into(dir)));
        var rejected = Assert.Single(await File.ReadAllLinesAsync(file + ".rejected.jsonl"));
        Assert.Contains("\"line\":3", rejected, StringComparison.Ordinal);
        Assert.Contains("quote", rejected, StringComparison.Ordinal);
        // The quote never closes, so the next line was read into the record: it is kept in the rejects file, not lost.
        Assert.Contains("사당역 앞 보도블록", rejected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenTheCsvIsNotUtf8_ExitsWithUserErrorSayingSo()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var file = Path.Combine(dir, "euckr.csv");
        // "가로등" in EUC-KR (B0A1 B7CE B5EE): what Excel on Korean Windows saves.
        await File.WriteAllBytesAsync(file, [.. "id,title,body\ne1,"u8.ToArray(), 0xB0, 0xA1, 0xB7, 0xCE, 0xB5, 0xEE, .. ",x\n"u8.ToArray()]);
        Assert.Equal(1, await Dasan("import", file, "--data", SeededData.Into(dir)));
    }

    [Fact]
    public async Task Import_WhenFileIsMissingOrEmpty_ExitsWithUserError()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        Assert.Equal(1, await Dasan("import", Path.Combine(dir, "nope.csv"), "--data", SeededData.Into(dir)));
        var empty = Path.Combine(dir, "empty.jsonl");
        await File.WriteAllTextAsync(empty, "");
        Assert.Equal(1, await Dasan("import", empty, "--data", SeededData.Into(dir)));
    }

    [SkippableFact]
    public async Task Import_WhenSharedFreeProposals_ImportsEveryLine()
    {
        var path = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/data/seoul-proposals-free.jsonl"));
        Skip.IfNot(File.Exists(path), $"{path} is absent (the shared datasets are optional); skipped.");
        var dir = Directory.CreateTempSubdirectory("dasan-cli-").FullName;
        var copy = Path.Combine(dir, "proposals.jsonl");
        File.Copy(path, copy);
        Assert.Equal(0, await Dasan("import", copy, "--data", SeededData.Into(dir)));
        Assert.False(File.Exists(copy + ".rejected.jsonl"));
    }
}
