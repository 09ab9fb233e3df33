using Dasan.Korean.Normalization;

namespace Dasan.Korean.Tests.Normalization;

public sealed class TextNormalizerTests
{
    private readonly TextNormalizer _normalizer = new();

    [Fact]
    public void Normalize_WhenCharactersRepeat_CapsRunsAtThree()
    {
        Assert.Equal("ㅋㅋㅋ 정말요!!!", _normalizer.Normalize("ㅋㅋㅋㅋㅋㅋ 정말요!!!!!!").Text);
    }

    [Fact]
    public void Normalize_WhenDigitsRepeat_KeepsThem()
    {
        Assert.Equal("1000000원 010-0000-0000", _normalizer.Normalize("1000000원 010-0000-0000").Text);
    }

    [Fact]
    public void Normalize_WhenFullWidthForms_AppliesNfkc()
    {
        Assert.Equal("CCTV 123 설치", _normalizer.Normalize("ＣＣＴＶ　１２３ 설치").Text);
    }

    [Fact]
    public void Normalize_WhenHangulIsDecomposed_ComposesToNfc()
    {
        var decomposed = "서울".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("서울", _normalizer.Normalize(decomposed).Text);
    }

    [Fact]
    public void Normalize_WhenZeroWidthAndControlCharacters_RemovesThem()
    {
        Assert.Equal("주차단속", _normalizer.Normalize("주\u200B차\u0007단\uFEFF속").Text);
    }

    [Fact]
    public void Normalize_WhenWhitespaceRuns_CollapsesAndKeepsParagraphs()
    {
        Assert.Equal("첫 문단\n\n둘째 문단", _normalizer.Normalize("  첫 \t  문단\r\n\r\n\r\n\r\n   둘째 문단  ").Text);
    }

    [Fact]
    public void Normalize_WhenTextChanged_MapsOffsetsBackToSource()
    {
        const string raw = "연락처:   010-1234-5678";
        var normalized = _normalizer.Normalize(raw);
        var start = normalized.Text.IndexOf("010", StringComparison.Ordinal);

        var (sourceStart, length) = normalized.ToSourceSpan(start, 13);

        Assert.Equal("010-1234-5678", raw.Substring(sourceStart, length));
    }

    [Fact]
    public void Normalize_WhenRepeatsAreCut_SpanCoversTheWholeRun()
    {
        const string raw = "아!!!!!!";
        var normalized = _normalizer.Normalize(raw);

        Assert.Equal((1, 6), normalized.ToSourceSpan(1, 3));
    }

    [Fact]
    public void Normalize_WhenInputIsHtml_ExtractsTextWithParagraphs()
    {
        const string html = "<html><head><style>p{color:red}</style></head><body><p>주차 &amp; 단속</p><script>alert(1)</script><div>요청<br>합니다</div></body></html>";

        Assert.Equal("주차 & 단속\n\n요청\n합니다", _normalizer.Normalize(html).Text);
    }

    [Fact]
    public void Normalize_WhenLoneSurrogates_DropsThemWithoutThrowing()
    {
        Assert.Equal("가나😀", _normalizer.Normalize("가\uD800나\uDC00😀").Text);
    }
}
