using System.Text;

namespace Dasan.Korean.Tests.Robustness;

public sealed class RobustnessTests
{
    private readonly KoreanTextPipeline _pipeline = new();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Analyze_WhenRandomUnicode_NeverThrowsAndKeepsSpansInRange(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var text = RandomText(random, random.Next(0, 400));

            var analysis = _pipeline.Analyze(text);

            Assert.All(analysis.Findings, f => Assert.InRange(f.End, f.Start, analysis.Normalized.Length));
            Assert.All(analysis.Tokens, t => Assert.InRange(t.End, t.Start, analysis.Masked.Length));
            Assert.Equal(analysis.Normalized.Length, analysis.Masked.Length);
        }
    }

    [Fact]
    public void Analyze_WhenInputIsOneMegabyte_Completes()
    {
        var random = new Random(42);
        var text = RandomText(random, 1_000_000);

        var analysis = _pipeline.Analyze(text);

        Assert.NotNull(analysis.Masked);
    }

    [Fact]
    public void Analyze_WhenOneMegabyteOfDigitsAndSeparators_Completes()
    {
        var text = string.Concat(Enumerable.Repeat("010-1234-5678 1.2.3.4 12가3456 @a.b ", 30_000));

        var analysis = _pipeline.Analyze(text);

        Assert.NotEmpty(analysis.Findings);
    }

    [Fact]
    public void Analyze_WhenHtmlIsDeeplyNested_Completes()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "주차 단속 010-1234-5678" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        var analysis = _pipeline.Analyze(html);

        Assert.Contains("010-****-5678", analysis.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_WhenOnlyControlAndSurrogateCharacters_ReturnsEmptyText()
    {
        var analysis = _pipeline.Analyze("\u0000\u0001\uDFFF\uD800\u200B\uDC00\u0085");

        Assert.Equal(string.Empty, analysis.Normalized);
        Assert.Empty(analysis.Tokens);
    }

    private static string RandomText(Random random, int length)
    {
        const string pieces = "가나다서울시에서를은는010-1234-5678 @.,:()+<div></p>&amp;ㅋㅋ!!!\n\t\r 0123456789ABCxyz동호로길씨";
        var builder = new StringBuilder(length);
        while (builder.Length < length)
        {
            builder.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x10000),
                1 => (char)random.Next(0xAC00, 0xD7A4),
                _ => pieces[random.Next(pieces.Length)],
            });
        }

        return builder.ToString();
    }
}
