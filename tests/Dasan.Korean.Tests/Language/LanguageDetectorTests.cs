using Dasan.Korean.Language;

namespace Dasan.Korean.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("집 앞에 CCTV를 설치해 주세요", "ko")]
    [InlineData("LH SH 공사 임대 문의", "ko")]
    [InlineData("Please install more bike racks near the station", "en")]
    [InlineData("駅の近くに自転車置き場を増やしてください", "ja")]
    [InlineData("请在车站附近增加自行车停车场", "zh")]
    [InlineData("Пожалуйста, установите скамейки", "other")]
    [InlineData("서울市 交通 정책", "ko")]
    public void Detect_WhenScriptDominates_ReturnsLanguage(string text, string lang)
    {
        Assert.Equal(lang, LanguageDetector.Detect(text).Lang);
    }

    [Fact]
    public void Detect_WhenNoLetters_ReturnsOtherWithZeroConfidence()
    {
        Assert.Equal(new LanguageGuess("other", 0), LanguageDetector.Detect("123 !!! 010-1234"));
    }

    [Fact]
    public void Detect_WhenTextIsShort_LowersConfidence()
    {
        var shortText = LanguageDetector.Detect("주차").Confidence;
        var longText = LanguageDetector.Detect("집 앞 골목에 불법 주차된 차량이 너무 많아서 통행이 어렵습니다").Confidence;

        Assert.True(shortText < longText);
        Assert.True(longText > 0.9);
    }
}
