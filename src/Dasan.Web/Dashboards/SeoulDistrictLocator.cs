using Dasan.Core.Dashboards;
using Dasan.Korean.Places;

namespace Dasan.Web.Dashboards;

/// <summary>
/// Locates a request's 자치구: the first district or well-known place named in the address, then in the
/// title and body (<see cref="SeoulDistricts.Mentioned"/>), then the district containing the coordinates.
/// </summary>
public sealed class SeoulDistrictLocator(DistrictBoundaries boundaries) : IDistrictLocator
{
    public string? Locate(string? address, string? text, double? latitude, double? longitude)
    {
        foreach (var source in (ReadOnlySpan<string?>)[address, text])
        {
            if (!string.IsNullOrWhiteSpace(source) && SeoulDistricts.Mentioned(source) is [var first, ..])
            {
                return first.Name;
            }
        }

        return latitude is { } lat && longitude is { } lon ? boundaries.Locate(lon, lat)?.Name : null;
    }
}
