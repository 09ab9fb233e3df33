namespace Dasan.Core.Dashboards;

/// <summary>Finds the 자치구 a request concerns. Implemented with the Korean gazetteer outside Core.</summary>
public interface IDistrictLocator
{
    /// <summary>The district named first in the address, else in the text, else containing the coordinates; null when none.</summary>
    string? Locate(string? address, string? text, double? latitude, double? longitude);
}
