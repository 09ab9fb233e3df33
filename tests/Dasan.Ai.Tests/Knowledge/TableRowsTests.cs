using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class TableRowsTests
{
    private const string Fares = "요금표입니다.\n| 이용권 | 1시간권 | 2시간권 |\n|---|---|---|\n| 일일권 | 1,000원 | 2,000원 |\n| **7일 정기권** | 3,000원 | |\n";

    [Fact]
    public void Read_WhenATableRow_ReadsItWithItsColumnNames()
    {
        Assert.Equal("일일권: 1시간권 1,000원, 2시간권 2,000원", Read(Fares, "| 일일권"));
        Assert.Equal("7일 정기권: 1시간권 3,000원", Read(Fares, "| **7일"));
    }

    [Fact]
    public void Read_WhenTheHeaderOrSeparatorRow_IsNotASentence()
    {
        Assert.Null(Read(Fares, "| 이용권"));
        Assert.Null(Read(Fares, "|---"));
    }

    [Fact]
    public void Read_WhenARowWithoutItsHeaderOrAPlainSentence_KeepsTheCellsOrTheText()
    {
        Assert.Equal("일일권: 1,000원", Read("앞부분이 잘린 표입니다.\n| 일일권 | 1,000원 |\n", "| 일일권"));
        Assert.Equal("요금표입니다.", Read(Fares, "요금표"));
    }

    [Fact]
    public void Read_WhenTwoColumns_GivesTheRowAsNameAndValue()
    {
        const string Table = "| 구분 | 내용 |\n| --- | --- |\n| 신청 장소 | 주민센터 |";

        Assert.Equal("신청 장소: 주민센터", Read(Table, "| 신청"));
    }

    private static string? Read(string text, string sentenceStart)
    {
        var start = text.IndexOf(sentenceStart, StringComparison.Ordinal);
        var end = text.IndexOf('\n', start) is var n and >= 0 ? n : text.Length;
        return TableRows.Read(text, start, end - start);
    }
}
