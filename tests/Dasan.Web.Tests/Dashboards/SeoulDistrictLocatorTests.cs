using Dasan.Core.Dashboards;
using Dasan.Web.Dashboards;

namespace Dasan.Web.Tests.Dashboards;

public class SeoulDistrictLocatorTests
{
    private readonly SeoulDistrictLocator locator = new(DistrictBoundaries.Shipped);

    [Theory]
    [InlineData("서울특별시 마포구 월드컵로 인근 골목", "동작구 얘기도 나오는 본문", "마포구")]
    [InlineData("서울시 중구 세종대로 110", null, "중구")]
    [InlineData("서울중구 명동길 14", null, "중구")]
    [InlineData(null, "강남역 11번 출구 앞 보도블록이 깨졌어요. 송파구청에도 말했지만", "강남구")]
    [InlineData(null, "여의도 한강공원 주말 쓰레기", "영등포구")]
    [InlineData("", "잠실 야구장 화장실이 부족해요", "송파구")]
    [InlineData("경기도 성남시 분당구", "집중구역 관리가 필요합니다", null)]
    public void Locate_WhenAddressOrTextNamesAPlace_ReturnsTheFirstDistrictAddressFirst(string? address, string? text, string? expected) =>
        Assert.Equal(expected, locator.Locate(address, text, null, null));

    [Theory]
    [InlineData(37.5116, 127.0594, "강남구")]
    [InlineData(37.5663, 126.9779, "중구")]
    [InlineData(37.6542, 127.0568, "노원구")]
    [InlineData(37.5219, 126.9245, "영등포구")]
    [InlineData(37.4563, 126.7052, null)]
    public void Locate_WhenOnlyCoordinatesAreGiven_ReturnsTheDistrictContainingThem(double lat, double lon, string? expected) =>
        Assert.Equal(expected, locator.Locate(null, "가로등이 꺼져 있어요", lat, lon));

    [Fact]
    public void Locate_WhenTextNamesADistrictAndCoordinatesPointElsewhere_PrefersTheNamedDistrict() =>
        Assert.Equal("마포구", locator.Locate(null, "마포구 망원동 골목", 37.5116, 127.0594));

    [Fact]
    public void Shipped_Boundaries_HaveTheTwentyFiveDistrictsOfTheGazetteer()
    {
        var names = DistrictBoundaries.Shipped.Shapes.Select(s => s.Name).ToHashSet();
        Assert.Equal(25, names.Count);
        Assert.All(Dasan.Korean.Places.SeoulDistricts.All, d => Assert.Contains(d.Name, names));
    }
}
