using Dasan.Ai.Radar;

namespace Dasan.Ai.Tests.Radar;

public sealed class KeyPhraseExtractorTests
{
    private static readonly KeyPhraseExtractor Extractor = new();

    [Theory]
    [InlineData("실내 체육시설업 운영중단에 따른 빠른 대책 마련 촉구", "따른")]
    [InlineData("화목보일러로 인한 주택 전소 피해", "인한")]
    [InlineData("이제는 우리가 이국종 교수를 살려야 할 때입니다", "이제")]
    [InlineData("재난지원금을 모두가 받게 해주세요", "받게")]
    [InlineData("이재민이 지낼 수 있도록 도와주세요", "있도록")]
    [InlineData("이달 말까지 신청을 받습니다", "이달")]
    [InlineData("[긴급] 집 앞 도로가 꺼졌어요 싱크홀 같아요", "긴급")]
    public void Extract_LeavesOutPredicatesAndPointingWords(string title, string word)
    {
        var phrases = Extractor.Extract(title);

        Assert.DoesNotContain(phrases, p => p.Split(' ').Contains(word));
        Assert.NotEmpty(phrases);
    }

    [Fact]
    public void Extract_KeepsNounsCompoundsAndNounPhrases()
    {
        var phrases = Extractor.Extract("마포구 망원동 싱크홀, 9호선 마스크 대란에 따른 불법주정차 단속 요청");

        Assert.Contains("싱크홀", phrases);
        Assert.Contains("9호선", phrases);
        Assert.Contains("마스크 대란", phrases);
        Assert.Contains("주정차", phrases);
        Assert.DoesNotContain("따른", phrases);
    }
}
