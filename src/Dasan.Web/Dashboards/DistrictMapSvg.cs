using System.Globalization;
using System.Net;
using System.Text;
using Dasan.Core.Dashboards;

namespace Dasan.Web.Dashboards;

/// <summary>Draws Seoul's 25 자치구 as an inline SVG choropleth of request counts (no tiles, no script, no network).</summary>
public static class DistrictMapSvg
{
    public const int Width = 640;

    private static readonly Lazy<(int Height, IReadOnlyDictionary<string, (string Path, double X, double Y)> Shapes)> Projected = new(Project);

    public static string Render(IReadOnlyDictionary<string, int> counts, bool english, string title)
    {
        var scale = new ChoroplethScale(counts.Values);
        var (height, shapes) = Projected.Value;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"district-map\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\">");
        sb.Append("<defs><pattern id=\"dasan-map-none\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"6\" height=\"6\" fill=\"#f4f4f4\" /><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#c4c4c4\" stroke-width=\"2\" /></pattern></defs>");
        var texts = new StringBuilder();
        foreach (var shape in DistrictBoundaries.Shipped.Shapes)
        {
            var (path, x, y) = shapes[shape.Name];
            var n = counts.GetValueOrDefault(shape.Name);
            var name = english ? shape.NameEn : shape.Name;
            var label = WebUtility.HtmlEncode(english ? $"{name}: {n:N0} requests" : $"{name}: {n:N0}건");
            sb.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"{scale.ColorOf(n)}\" stroke=\"#5f6b77\" stroke-width=\"0.8\" data-district=\"{shape.Name}\"><title>{label}</title></path>");
            var fill = scale.IsDark(n) ? "#ffffff" : "#1a1a1a";
            texts.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y:F1}\" fill=\"{fill}\" font-size=\"11\" text-anchor=\"middle\" aria-hidden=\"true\">{WebUtility.HtmlEncode(english ? name.Replace("-gu", "", StringComparison.Ordinal) : name)}</text>");
        }

        sb.Append(texts).Append("</svg>");
        return sb.ToString();
    }

    private static (int, IReadOnlyDictionary<string, (string, double, double)>) Project()
    {
        var shapes = DistrictBoundaries.Shipped.Shapes;
        var points = shapes.SelectMany(s => s.Rings).SelectMany(r => r).ToList();
        double minLon = points.Min(p => p.Lon), maxLon = points.Max(p => p.Lon), minLat = points.Min(p => p.Lat), maxLat = points.Max(p => p.Lat);
        var kx = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180); // equirectangular: shrink longitude at Seoul's latitude
        const double margin = 8;
        var scale = (Width - (2 * margin)) / ((maxLon - minLon) * kx);
        var height = (int)Math.Ceiling(((maxLat - minLat) * scale) + (2 * margin));
        (double X, double Y) At((double Lon, double Lat) p) => (margin + ((p.Lon - minLon) * kx * scale), margin + ((maxLat - p.Lat) * scale));
        var result = new Dictionary<string, (string, double, double)>(StringComparer.Ordinal);
        foreach (var s in shapes)
        {
            var d = new StringBuilder();
            foreach (var ring in s.Rings)
            {
                for (var i = 0; i < ring.Length; i++)
                {
                    var (x, y) = At(ring[i]);
                    d.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? 'M' : 'L')}{x:F1} {y:F1}");
                }

                d.Append('Z');
            }

            var (cx, cy) = Centroid(s.Rings.OrderByDescending(r => r.Length).First().Select(At).ToArray());
            result[s.Name] = (d.ToString(), cx, cy + 4);
        }

        return (height, result);
    }

    // Area centroid of a simple polygon (shoelace formula).
    private static (double, double) Centroid((double X, double Y)[] p)
    {
        double a = 0, cx = 0, cy = 0;
        for (int i = 0, j = p.Length - 1; i < p.Length; j = i++)
        {
            var cross = (p[j].X * p[i].Y) - (p[i].X * p[j].Y);
            a += cross;
            cx += (p[j].X + p[i].X) * cross;
            cy += (p[j].Y + p[i].Y) * cross;
        }

        return Math.Abs(a) < 1e-9 ? (p.Average(q => q.X), p.Average(q => q.Y)) : (cx / (3 * a), cy / (3 * a));
    }
}
