using Dasan.Korean.Places;

namespace Dasan.Korean.Tests.Places;

public sealed class SeoulDistrictsTests
{
    [Fact]
    public void All_WhenListed_HasTwentyFiveUniqueDistricts()
    {
        Assert.Equal(25, SeoulDistricts.All.Select(d => d.Name).Distinct().Count());
        Assert.Equal(25, SeoulDistricts.All.Select(d => d.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("강남구 역삼동 도로에 싱크홀이 생겼어요", "강남구")]
    [InlineData("서울시중구 을지로 보도블록 파손", "중구")]
    [InlineData("여의도 한강공원 쓰레기 문제", "영등포구")]
    [InlineData("잠실역 근처 불법주차가 심합니다", "송파구")]
    [InlineData("<p>마포구청</p> 앞 횡단보도 신호가 짧아요", "마포구")]
    public void Mentioned_WhenDistrictOrPlaceInText_FindsIt(string text, string expected) =>
        Assert.Contains(SeoulDistricts.Mentioned(text), d => d.Name == expected);

    [Theory]
    [InlineData("집중구역 지정이 필요합니다")]
    [InlineData("강남 쪽 버스가 너무 붐벼요")]
    [InlineData("부산 해운대구 민원입니다")]
    public void Mentioned_WhenNoSeoulDistrict_FindsNothing(string text) =>
        Assert.Empty(SeoulDistricts.Mentioned(text));

    [Fact]
    public void Mentioned_WhenSeveralDistricts_KeepsOrderOfFirstMention() =>
        Assert.Equal(["노원구", "강서구"], SeoulDistricts.Mentioned("노원구와 강서구, 그리고 다시 노원구").Select(d => d.Name));

    [Fact]
    public void Find_WhenCodeOrName_ReturnsDistrict()
    {
        Assert.Equal("Gangnam-gu", SeoulDistricts.Find("11680")?.NameEn);
        Assert.Equal("11680", SeoulDistricts.Find("강남구")?.Code);
        Assert.Null(SeoulDistricts.Find("해운대구"));
    }
}
