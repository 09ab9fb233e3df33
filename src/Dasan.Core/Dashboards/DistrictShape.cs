namespace Dasan.Core.Dashboards;

/// <summary>One 자치구 boundary: its Korean and English names and its rings of (longitude, latitude) points.</summary>
public sealed record DistrictShape(string Name, string NameEn, IReadOnlyList<(double Lon, double Lat)[]> Rings)
{
    /// <summary>Even-odd point-in-polygon test over every ring (holes count as outside).</summary>
    public bool Contains(double lon, double lat)
    {
        var inside = false;
        foreach (var ring in Rings)
        {
            for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
            {
                var (xi, yi) = ring[i];
                var (xj, yj) = ring[j];
                if ((yi > lat) != (yj > lat) && lon < ((xj - xi) * (lat - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
