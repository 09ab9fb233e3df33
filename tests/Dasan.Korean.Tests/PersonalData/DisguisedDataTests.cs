using Dasan.Korean.PersonalData;

namespace Dasan.Korean.Tests.PersonalData;

/// <summary>Issue 15: personal data written to slip past digit patterns is still masked.</summary>
public sealed class DisguisedDataTests
{
    private readonly PersonalDataDetector _detector = new();

    [Theory]
    [InlineData("제 번호는 공일공-일이삼사-오육칠팔 입니다", "제 번호는 ***-****-**** 입니다")]
    [InlineData("연락은 공일공 일이삼사 오육칠팔로 주세요", "연락은 *** **** ****로 주세요")]
    [InlineData("주민등록번호는 9 0 0 1 0 1 1 2 3 4 5 6 7 입니다", "주민등록번호는 9 0 0 1 0 1 1 * * * * * * 입니다")]
    [InlineData("연락처 0 1 0 1 2 3 4 5 6 7 8", "연락처 0 1 0 * * * * 5 6 7 8")]
    [InlineData("신고자 이순신 입니다", "신고자 이** 입니다")]
    public void Mask_WhenDataIsDisguised_StillMasksIt(string text, string masked)
    {
        var result = PersonalDataMasker.Mask(text, _detector.Detect(text));

        Assert.Equal(masked, result);
        Assert.Equal(text.Length, result.Length);
    }

    [Theory]
    [InlineData("일이삼사 순서대로 줄을 서 주세요")]
    [InlineData("오늘 구청에서 이사 신고를 했어요")]
    [InlineData("버스가 1 2 3 번 정류장을 지나요")]
    public void Detect_WhenOrdinaryText_FindsNoSpelledNumber(string text) =>
        Assert.DoesNotContain(_detector.Detect(text), f => f.Type is PersonalDataType.PhoneNumber or PersonalDataType.ResidentRegistrationNumber);
}
