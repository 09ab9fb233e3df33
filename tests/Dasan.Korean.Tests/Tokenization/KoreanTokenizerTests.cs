using Dasan.Korean.Tokenization;

namespace Dasan.Korean.Tests.Tokenization;

public sealed class KoreanTokenizerTests
{
    private readonly KoreanTokenizer _tokenizer = new();

    [Theory]
    [InlineData("서울시에서", "서울시")]
    [InlineData("주정차를", "주정차")]
    [InlineData("설치해주세요", "설치")]
    [InlineData("불편합니다", "불편")]
    [InlineData("주민들이", "주민")]
    [InlineData("도로에서는", "도로")]
    public void Tokenize_WhenEojeolHasParticleOrEnding_EmitsStem(string eojeol, string stem)
    {
        Assert.Equal(stem, Words(eojeol).First());
    }

    [Theory]
    [InlineData("도로")]
    [InlineData("자전거")]
    [InlineData("아이")]
    [InlineData("의사")]
    [InlineData("과자")]
    [InlineData("주민세")]
    [InlineData("고양이")]
    [InlineData("결과")]
    public void Tokenize_WhenLastSyllableLooksLikeParticle_KeepsNoun(string noun)
    {
        Assert.Equal(noun, Words(noun).First());
    }

    [Fact]
    public void Tokenize_WhenCompoundNoun_EmitsItsParts()
    {
        Assert.Equal(["불법주정차", "불법", "주정차"], Words("불법주정차를"));
    }

    [Fact]
    public void Tokenize_WhenMixedScripts_KeepsLatinNumbersAndMixedTokens()
    {
        var tokens = _tokenizer.Tokenize("CCTV를 9호선에 2대 설치");

        Assert.Contains(new Token("cctv", 0, 4, TokenKind.Latin), tokens);
        Assert.Contains(new Token("9호선", 6, 9, TokenKind.Mixed), tokens);
        Assert.Contains(new Token("2대", 11, 13, TokenKind.Mixed), tokens);
    }

    [Fact]
    public void Tokenize_WhenNumberHasThousandsSeparators_EmitsDigits()
    {
        Assert.Contains(_tokenizer.Tokenize("1,234,000원"), t => t.Term == "1234000원");
    }

    [Fact]
    public void Tokenize_WhenBigramsEnabled_EmitsSyllableBigramsOfLongStems()
    {
        var bigrams = _tokenizer.Tokenize("주정차").Where(t => t.Kind == TokenKind.NGram).Select(t => t.Term);

        Assert.Equal(["주정", "정차"], bigrams);
    }

    [Fact]
    public void Tokenize_WhenStopWords_DropsThem()
    {
        Assert.Empty(_tokenizer.Tokenize("그리고 정말 너무 감사합니다"));
    }

    [Fact]
    public void Tokenize_WhenAnyInput_OffsetsMatchTheTermForWords()
    {
        const string text = "강남역 불법주정차 단속을 요청합니다";
        foreach (var token in _tokenizer.Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.NGram))
        {
            Assert.Equal(token.Term, text[token.Start..token.End]);
        }
    }

    private List<string> Words(string text) =>
        new KoreanTokenizer(KoreanTokenizerOptions.StemsOnly).Tokenize(text).Select(t => t.Term).ToList();
}
