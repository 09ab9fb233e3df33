using System.Text;
using Dasan.Ai.Learning;

namespace Dasan.Ai.Tests.Learning;

public sealed class LabeledDataReaderTests
{
    [Fact]
    public void Read_WhenCsvHasQuotedFields_ReadsCommasQuotesAndLineBreaksInside()
    {
        var set = Csv("id,title,category\n1,\"버스, 지하철 요금\",교통\n2,\"\"\"쓰레기\"\" 무단 투기\n신고\",환경\n3,주차 단속,교통\n");

        Assert.Equal(["버스, 지하철 요금", "\"쓰레기\" 무단 투기\n신고", "주차 단속"], set.Rows.Select(r => r.Text));
        Assert.Equal(2, set.Summary.LabelCounts["교통"]);
    }

    [Fact]
    public void Read_WhenColumnIsMissing_ThrowsListingTheColumnsPresent()
    {
        var error = Assert.Throws<LabeledDataException>(() => Csv("id,title,category\n1,버스,교통\n", label: "department"));

        Assert.Contains("department", error.Message, StringComparison.Ordinal);
        Assert.Contains("id, title, category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenJsonLinesLackTheField_ThrowsListingTheFieldsPresent()
    {
        var error = Assert.Throws<LabeledDataException>(() => Jsonl("{\"title\":\"버스\",\"domain\":\"교통\"}\n"));

        Assert.Contains("category", error.Message, StringComparison.Ordinal);
        Assert.Contains("domain, title", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    public void Read_WhenFileIsEmpty_ThrowsSayingSo(string content)
    {
        var error = Assert.Throws<LabeledDataException>(() => Csv(content));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenBytesAreNotUtf8_ThrowsNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("title,category\n버스,교통\n").Concat(new byte[] { 0xB9, 0xF6, 0xBD, 0xBA, 0x2C, 0x41, 0x0A }).ToArray();

        var error = Assert.Throws<LabeledDataException>(() => LabeledDataReader.Read(new MemoryStream(bytes), LabeledDataFormat.Csv, "title", "category", "data.csv"));

        Assert.Contains("data.csv: line 3 is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenLabelHasOneExample_WarnsNamingTheLabel()
    {
        var set = Csv("title,category\n버스 노선,교통\n지하철 요금,교통\n공원 산책로,환경\n");

        Assert.Single(set.Summary.Warnings, w => w.Contains("'환경' has only one example", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_WhenRowsAreBad_SkipsThemWithLineNumbersAndReasons()
    {
        var set = Jsonl("{\"title\":\"버스\",\"category\":\"교통\"}\n{broken\n{\"title\":\"\",\"category\":\"교통\"}\n{\"title\":\"공원\",\"category\":\"환경\",\"extra\":1}\n");

        Assert.Equal(2, set.Summary.Rows);
        Assert.Equal([2, 3], set.Summary.Skipped.Select(s => s.Line));
        Assert.Contains("invalid JSON", set.Summary.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("text is empty", set.Summary.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenCsvRowIsShort_SkipsItWithItsLine()
    {
        var set = Csv("title,category\n버스,교통\n혼자\n공원,환경\n");

        Assert.Equal(2, set.Summary.Rows);
        Assert.Equal(3, Assert.Single(set.Summary.Skipped).Line);
    }

    private static LabeledDataSet Csv(string content, string text = "title", string label = "category") =>
        LabeledDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), LabeledDataFormat.Csv, text, label);

    private static LabeledDataSet Jsonl(string content) =>
        LabeledDataReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), LabeledDataFormat.JsonLines, "title", "category");
}
