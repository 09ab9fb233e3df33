using System.Text.Json;
using Dasan.Core.Content;

namespace Dasan.Core.Dashboards;

/// <summary>
/// The boundaries of Seoul's 25 자치구 shipped in <c>content/geo/seoul-districts.geojson</c>
/// (Statistics Korea 2013, simplified, WGS84): for the dashboard map and for locating coordinates.
/// </summary>
public sealed class DistrictBoundaries
{
    public const string ContentPath = "geo/seoul-districts.geojson";

    private static readonly Lazy<DistrictBoundaries> ShippedInstance = new(() => Parse(ShippedContent.ReadText(ContentPath)));

    private DistrictBoundaries(IReadOnlyList<DistrictShape> shapes) => Shapes = shapes;

    public static DistrictBoundaries Shipped => ShippedInstance.Value;

    /// <summary>The districts, ordered by Korean name.</summary>
    public IReadOnlyList<DistrictShape> Shapes { get; }

    /// <summary>The district containing the point, or null outside Seoul.</summary>
    public DistrictShape? Locate(double lon, double lat) => Shapes.FirstOrDefault(s => s.Contains(lon, lat));

    /// <summary>Reads a GeoJSON FeatureCollection of Polygon or MultiPolygon features with <c>name</c> and <c>name_eng</c>.</summary>
    public static DistrictBoundaries Parse(string geoJson)
    {
        using var doc = JsonDocument.Parse(geoJson);
        var shapes = new List<DistrictShape>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var props = feature.GetProperty("properties");
            var geometry = feature.GetProperty("geometry");
            var coords = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon" ? coords.EnumerateArray().ToList() : [coords];
            var rings = polygons.SelectMany(p => p.EnumerateArray()).Select(Ring).ToList();
            shapes.Add(new DistrictShape(props.GetProperty("name").GetString()!, props.GetProperty("name_eng").GetString()!, rings));
        }

        return new DistrictBoundaries(shapes.OrderBy(s => s.Name, StringComparer.Ordinal).ToList());
    }

    private static (double, double)[] Ring(JsonElement ring) =>
        ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray();
}
