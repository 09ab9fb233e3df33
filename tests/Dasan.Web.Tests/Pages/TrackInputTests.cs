using Dasan.Web.Text;

namespace Dasan.Web.Tests.Pages;

public sealed class TrackInputTests
{
    [Theory]
    [InlineData("https://minwon.seoul.go.kr/track/2026-0001234?k=AbCdEf-_123456789012", null, "2026-0001234", "AbCdEf-_123456789012")]
    [InlineData("http://127.0.0.1:5000/track/2026-0001234?k=AbCdEf-_1234567890%3D", "", "2026-0001234", "AbCdEf-_1234567890")]
    [InlineData("20260001234", "AbCdEf123456", "2026-0001234", "AbCdEf123456")]
    [InlineData("２０２６－０００１２３４", " AbCdEf123456 ", "2026-0001234", "AbCdEf123456")]
    [InlineData("접수번호는 2026-0001234 입니다", "https://x/track/2026-0001234?k=ZZZZZZZZ12", "2026-0001234", "ZZZZZZZZ12")]
    [InlineData("모르겠어요", "abc", null, "abc")]
    [InlineData("2026-0001234", "<script>", "2026-0001234", null)]
    public void Read_WhenCitizenPastesOrTypes_FindsNumberAndCode(string? no, string? k, string? number, string? code) =>
        Assert.Equal((number, code), TrackInput.Read(no, k));
}
