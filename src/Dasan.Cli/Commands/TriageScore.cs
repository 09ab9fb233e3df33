using System.Globalization;
using System.Text;
using Dasan.Ai.Triage;
using Dasan.Core.Departments;

namespace Dasan.Cli.Commands;

/// <summary>
/// Accuracy of <c>dasan triage --eval</c>: domain labels score the domain, other labels the department (top-1, top-3,
/// and top-1 on the 80 % of lines the router is most confident about). With a slice field (e.g. <c>tuning</c> /
/// <c>report</c>, ADR 0107) every slice is scored alone and the gap between the first slice and each other is printed.
/// </summary>
public sealed class TriageScore(string? field, string? sliceField = null)
{
    private readonly List<(string Slice, bool Top1, bool Top3, double Confidence, bool Domain)> _rows = [];

    public void Add(string? label, TriageOutcome outcome, string? slice = null)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return;
        }

        var domain = Domains.IsKnown(label);
        var top1 = domain ? outcome.Domain == label : outcome.Routing.Units[0].Name == label;
        var top3 = domain ? outcome.Routing.Domains.Take(3).Any(d => d.Domain == label) : outcome.Top3.Any(u => u.Name == label);
        _rows.Add((slice ?? "", top1, top3, outcome.Confidence, domain));
    }

    public string Report()
    {
        if (_rows.Count == 0)
        {
            return $"no line has a '{field}' label; nothing to score";
        }

        var kind = _rows.TrueForAll(r => r.Domain) ? "domain" : _rows.TrueForAll(r => !r.Domain) ? "department" : "mixed";
        var text = new StringBuilder(Line($"all ({kind} labels in '{field}')", _rows));
        var slices = _rows.Select(r => r.Slice).Where(s => s.Length > 0).Distinct().ToList();
        if (sliceField is null || slices.Count == 0)
        {
            return text.ToString();
        }

        foreach (var slice in slices)
        {
            text.AppendLine().Append(Line($"{sliceField}={slice}", _rows.Where(r => r.Slice == slice).ToList()));
        }

        var first = _rows.Where(r => r.Slice == slices[0]).ToList();
        foreach (var other in slices.Skip(1))
        {
            var rows = _rows.Where(r => r.Slice == other).ToList();
            text.AppendLine().Append(string.Create(CultureInfo.InvariantCulture,
                $"gap {slices[0]} − {other}: accuracy {Rate(first, r => r.Top1) - Rate(rows, r => r.Top1):+0.000;-0.000}  top3 {Rate(first, r => r.Top3) - Rate(rows, r => r.Top3):+0.000;-0.000}  at 80% coverage {At80(first) - At80(rows):+0.000;-0.000}"));
        }

        return text.ToString();
    }

    private static string Line(string name, List<(string Slice, bool Top1, bool Top3, double Confidence, bool Domain)> rows) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name}: n={rows.Count}  accuracy={Rate(rows, r => r.Top1):F3}  top3={Rate(rows, r => r.Top3):F3}  accuracy at 80% coverage={At80(rows):F3}");

    private static double Rate(List<(string Slice, bool Top1, bool Top3, double Confidence, bool Domain)> rows, Func<(string Slice, bool Top1, bool Top3, double Confidence, bool Domain), bool> hit) =>
        rows.Count == 0 ? 0 : rows.Count(hit) / (double)rows.Count;

    /// <summary>Top-1 accuracy on the most confident 80 % (the risk–coverage point the issue asks for).</summary>
    private static double At80(List<(string Slice, bool Top1, bool Top3, double Confidence, bool Domain)> rows)
    {
        var kept = rows.OrderByDescending(r => r.Confidence).Take(Math.Max(1, (int)Math.Round(0.8 * rows.Count))).ToList();
        return Rate(kept, r => r.Top1);
    }
}
