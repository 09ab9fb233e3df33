using System.Globalization;
using Dasan.Ai.Triage;
using Dasan.Core.Departments;

namespace Dasan.Cli.Commands;

/// <summary>Accuracy of <c>dasan triage --eval</c>: domain labels score the domain, other labels the department (top-1 and top-3).</summary>
public sealed class TriageScore(string? field)
{
    private int _n;
    private int _top1;
    private int _top3;
    private int _domainLabels;

    public void Add(string? label, TriageOutcome outcome)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return;
        }

        _n++;
        if (Domains.IsKnown(label))
        {
            _domainLabels++;
            _top1 += outcome.Domain == label ? 1 : 0;
            _top3 += outcome.Routing.Domains.Take(3).Any(d => d.Domain == label) ? 1 : 0;
        }
        else
        {
            _top1 += outcome.Routing.Units[0].Name == label ? 1 : 0;
            _top3 += outcome.Top3.Any(u => u.Name == label) ? 1 : 0;
        }
    }

    public string Report() => _n == 0
        ? $"no line has a '{field}' label; nothing to score"
        : string.Create(CultureInfo.InvariantCulture,
            $"n={_n} ({(_domainLabels == _n ? "domain" : _domainLabels == 0 ? "department" : "mixed")} labels in '{field}')  accuracy={_top1 / (double)_n:F3}  top3={_top3 / (double)_n:F3}");
}
