namespace Dasan.Core.Dashboards;

/// <summary>Display names by key, with 미지정 / Not set for a missing key.</summary>
public sealed class LabelSet(IReadOnlyDictionary<string, (string Ko, string En)> names)
{
    public (string Ko, string En) Of(string? key) =>
        key is null ? (DashboardLabels.Unset, DashboardLabels.UnsetEn) : names.TryGetValue(key, out var n) ? n : (key, key);

    public CountRow Row(string? key, int count)
    {
        var (ko, en) = Of(key);
        return new CountRow(key, ko, en, count);
    }
}
