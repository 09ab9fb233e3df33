namespace Dasan.Web.Dashboards;

/// <summary>
/// Five equal-width classes from 1 to the largest count, shaded from light to dark blue (ColorBrewer Blues,
/// colour-blind safe); districts with no request are hatched grey. Used by the map and its legend.
/// </summary>
public sealed class ChoroplethScale
{
    public static readonly string[] Colors = ["#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"];

    /// <summary>No request: a grey hatch (the pattern is defined in the map), so it is not read as the lightest class.</summary>
    public const string NoneFill = "url(#dasan-map-none)";

    private readonly int max;

    public ChoroplethScale(IEnumerable<int> counts) => max = Math.Max(1, counts.DefaultIfEmpty(0).Max());

    /// <summary>Class c holds counts in (c·max/5, (c+1)·max/5]; -1 for none.</summary>
    public int ClassOf(int count) => count <= 0 ? -1 : Math.Clamp((int)Math.Ceiling(count * (double)Colors.Length / max) - 1, 0, Colors.Length - 1);

    public string ColorOf(int count) => ClassOf(count) is var c and >= 0 ? Colors[c] : NoneFill;

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
