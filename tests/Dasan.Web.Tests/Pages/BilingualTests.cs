using System.Globalization;
using Dasan.Web.Text;

namespace Dasan.Web.Tests.Pages;

public sealed class BilingualTests
{
    [Theory]
    [InlineData("제목을 입력해 주세요. (Enter a title.)", "ko", "제목을 입력해 주세요.")]
    [InlineData("제목을 입력해 주세요. (Enter a title.)", "en", "Enter a title.")]
    [InlineData("200자 이내로 입력해 주세요(현재 250자). (At most 200 characters.)", "ko", "200자 이내로 입력해 주세요(현재 250자).")]
    [InlineData("버스정책과(교통실)에 보냈습니다", "ko", "버스정책과(교통실)에 보냈습니다")]
    [InlineData("Only English here (really)", "ko", "Only English here (really)")]
    public void Pick_WhenMessageIsBilingual_ShowsTheReadersLanguage(string message, string culture, string expected) =>
        Assert.Equal(expected, Bilingual.Pick(message, CultureInfo.GetCultureInfo(culture)));
}
