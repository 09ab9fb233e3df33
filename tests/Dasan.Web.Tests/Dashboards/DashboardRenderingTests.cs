using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dasan.Core.Dashboards;
using Dasan.Web.Dashboards;

namespace Dasan.Web.Tests.Dashboards;

public class DashboardRenderingTests
{
    [Fact]
    public void DistrictMap_WhenRendered_IsWellFormedSvgWithOnePathPerDistrictShadedByCount()
    {
        var counts = new Dictionary<string, int> { ["마포구"] = 100, ["강남구"] = 1 };
        var svg = XDocument.Parse(DistrictMapSvg.Render(counts, english: false, "지도"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var paths = svg.Root!.Elements(ns + "path").ToList();
        Assert.Equal(25, paths.Count);
        Assert.Equal(ChoroplethScale.Colors[^1], paths.Single(p => (string?)p.Attribute("data-district") == "마포구").Attribute("fill")!.Value);
        Assert.Equal(ChoroplethScale.Colors[0], paths.Single(p => (string?)p.Attribute("data-district") == "강남구").Attribute("fill")!.Value);
        Assert.Equal(ChoroplethScale.NoneFill, paths.Single(p => (string?)p.Attribute("data-district") == "중구").Attribute("fill")!.Value);
        Assert.Equal("마포구: 100건", paths.Single(p => (string?)p.Attribute("data-district") == "마포구").Element(ns + "title")!.Value);
        Assert.Equal("img", svg.Root.Attribute("role")!.Value);
    }

    [Fact]
    public void DistrictMap_WhenProjected_PutsGangnamSouthEastOfEunpyeong()
    {
        var svg = DistrictMapSvg.Render(new Dictionary<string, int>(), english: true, "map");
        (double X, double Y) Label(string name)
        {
            var m = Regex.Match(svg, $"<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>{name}</text>");
            return (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        var (gx, gy) = Label("Gangnam");
        var (ex, ey) = Label("Eunpyeong");
        Assert.True(gx > ex && gy > ey, $"Gangnam ({gx},{gy}) must be right of and below Eunpyeong ({ex},{ey})");
    }

    [Fact]
    public void Choropleth_WhenCountsVary_SplitsOneToMaxIntoContiguousClasses()
    {
        var scale = new ChoroplethScale([0, 7, 50]);
        var classes = scale.Classes();
        Assert.Equal(1, classes[0].From);
        Assert.Equal(50, classes[^1].To);
        Assert.All(classes.Zip(classes.Skip(1)), p => Assert.Equal(p.First.To + 1, p.Second.From));
        Assert.Equal(-1, scale.ClassOf(0));
    }

    [Fact]
    public void Csv_WhenCellsHoldCommasQuotesOrFormulas_QuotesAndDefusesThem()
    {
        var csv = new CsvTable(["a", "b"], [["x,y", "say \"hi\""], ["=SUM(A1)", -3]]).Write();
        Assert.Equal("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n'=SUM(A1),-3\r\n", csv);
    }

    [Theory]
    [InlineData(new[] { 0, 10 }, 1.5)] // ten in the 1–2 h bucket: the median is its middle
    [InlineData(new[] { 4, 0, 0, 0, 0, 0, 6 }, 26.0)] // the 5th of 10 is the first of six in 24–36 h
    public void Median_WhenCountsAreBucketed_InterpolatesInsideTheMedianBucket(int[] counts, double expected)
    {
        var buckets = counts.Select((n, i) => (n, i)).Where(x => x.n > 0).ToDictionary(x => x.i, x => x.n);
        Assert.Equal(expected, DurationHistogram.Median(buckets)!.Value, 3);
    }
}
