using Dasan.Korean.PersonalData;

namespace Dasan.Korean.Tests.PersonalData;

public sealed class PersonalDataMaskerTests
{
    private readonly PersonalDataDetector _detector = new();

    [Theory]
    [InlineData("010-1234-5678", "010-****-5678")]
    [InlineData("01012345678", "010****5678")]
    [InlineData("02)123-4567", "02)***-4567")]
    [InlineData("900101-1234567", "900101-1******")]
    [InlineData("hong@example.com", "h***@example.com")]
    [InlineData("4111-1111-1111-1111", "4111-****-****-1111")]
    [InlineData("11-12-123456-12", "11-12-******-12")]
    [InlineData("12가3456", "12가****")]
    [InlineData("101동 1203호", "101동 ****호")]
    [InlineData("192.168.0.1", "192.168.*.*")]
    public void Mask_WhenPartialStyle_KeepsTextReadableAndLength(string value, string masked)
    {
        var text = $"내용: {value} 입니다";

        var result = PersonalDataMasker.Mask(text, _detector.Detect(text));

        Assert.Equal($"내용: {masked} 입니다", result);
        Assert.Equal(text.Length, result.Length);
    }

    [Fact]
    public void Mask_WhenName_KeepsSurname()
    {
        const string text = "저는 홍길동입니다";

        Assert.Equal("저는 홍**입니다", PersonalDataMasker.Mask(text, _detector.Detect(text)));
    }

    [Fact]
    public void Mask_WhenLabelStyle_WritesKoreanLabels()
    {
        const string text = "주민번호 900101-1234567, 메일 a@b.co.kr";

        var result = PersonalDataMasker.Mask(text, _detector.Detect(text), MaskingStyle.Label);

        Assert.Equal("주민번호 [주민번호], 메일 [이메일]", result);
    }

    [Fact]
    public void Mask_WhenNoFindings_ReturnsTextUnchanged()
    {
        const string text = "버스 7016번 배차간격";

        Assert.Same(text, PersonalDataMasker.Mask(text, []));
    }
}
