namespace Dasan.Web.Dashboards;

/// <summary>
/// Five equal-width classes from 1 to the largest count, shaded from light to dark blue (ColorBrewer Blues,
/// colour-blind safe); districts with no request are grey. Used by the map and its legend.
/// </summary>
public sealed class ChoroplethScale
{
    public static readonly string[] Colors = ["#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];
    public const string NoneColor = "#f2f2f2";

    private readonly int max;

    public ChoroplethScale(IEnumerable<int> counts) => max = Math.Max(1, counts.DefaultIfEmpty(0).Max());

    public int ClassOf(int count) => count <= 0 ? -1 : Math.Min(Colors.Length - 1, (int)((count - 1) * (long)Colors.Length / max));

    public string ColorOf(int count) => ClassOf(count) is var c and >= 0 ? Colors[c] : NoneColor;

    /// <summary>Dark fills get white labels (contrast ≥ 4.5:1).</summary>
    public bool IsDark(int count) => ClassOf(count) >= 3;

    /// <summary>The legend: (colour, lowest count, highest count) per class, empty classes left out.</summary>
    public IReadOnlyList<(string Color, int From, int To)> Classes()
    {
        var list = new List<(string, int, int)>();
        for (var c = 0; c < Colors.Length; c++)
        {
            var from = (int)((long)c * max / Colors.Length) + 1;
            var to = (int)((long)(c + 1) * max / Colors.Length);
            if (to >= from)
            {
                list.Add((Colors[c], from, to));
            }
        }

        return list;
    }
}
