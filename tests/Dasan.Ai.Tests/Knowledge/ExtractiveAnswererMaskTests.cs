using Dasan.Ai.Knowledge;

namespace Dasan.Ai.Tests.Knowledge;

public sealed class ExtractiveAnswererMaskTests
{
    [Theory]
    [InlineData("대형폐기물 버리는 방법 알려주세요. 제 번호는 010-****-6789입니다", "010")]
    [InlineData("홍** 입니다 청년월세 신청했어요", "홍")]
    [InlineData("답장은 ab***@naver.com 으로 주세요", "naver")]
    public void WithoutMaskedData_WhenQuestionHasMasks_DropsThemAndKeepsTheRest(string question, string gone)
    {
        var cleaned = ExtractiveAnswerer.WithoutMaskedData(question);
        Assert.DoesNotContain(gone, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("*", cleaned, StringComparison.Ordinal);
        Assert.True(cleaned.Length > question.Length / 3);
    }

    [Fact]
    public void WithoutMaskedData_WhenNoMask_LeavesQuestionAlone() =>
        Assert.Equal("청년 월세 지원 대상이 누구예요?", ExtractiveAnswerer.WithoutMaskedData("청년 월세 지원 대상이 누구예요?"));
}
