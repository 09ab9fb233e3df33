using System.Text.RegularExpressions;
using Dasan.Core.Programme.Portfolio;

namespace Dasan.Web.Programme;

/// <summary>
/// The Korean name of a use-case field as the form shows it ("성과지표 1 · 목표" for <c>kpis[0].target</c>), for error
/// summaries: staff never see the document's field codes (issue 15).
/// </summary>
public static partial class FieldLabels
{
    private static readonly Dictionary<string, string> Parts = new()
    {
        ["metric"] = "지표", ["unit"] = "단위", ["baseline"] = "기준값", ["target"] = "목표", ["actual"] = "실적", ["period"] = "기간",
        ["how_measured"] = "측정 방법", ["better"] = "좋아지는 방향", ["name"] = "이름", ["personal_data"] = "개인정보 포함",
        ["pia_link"] = "개인정보 영향평가 문서", ["risk"] = "위험", ["mitigation"] = "완화 조치",
    };

    public static string Korean(string field, FieldRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (field.StartsWith("answer.", StringComparison.Ordinal) || field.StartsWith("assessment_answers.", StringComparison.Ordinal))
        {
            return "영향평가 문항 " + field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..];
        }

        var match = Path().Match(field);
        if (!match.Success)
        {
            return field;
        }

        var top = match.Groups["top"].Value;
        var label = rules.Rules.FirstOrDefault(r => r.Field == top)?.DescriptionKo is { Length: > 0 } d ? Short(d) : top;
        if (match.Groups["i"].Success)
        {
            label += " " + (int.Parse(match.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1);
        }

        if (match.Groups["sub"].Success)
        {
            var sub = match.Groups["sub"].Value;
            label += " · " + (top == "stage_dates" ? StageNames.Korean(sub) : Parts.TryGetValue(sub, out var part) ? part : sub);
        }

        return label;
    }

    /// <summary>The name without its explanation in parentheses: "성과지표(기준값, 목표, 측정 방법)" → "성과지표".</summary>
    private static string Short(string description) =>
        description.IndexOf('(', StringComparison.Ordinal) is > 0 and var i ? description[..i].Trim() : description;

    [GeneratedRegex(@"^(?<top>[a-z_]+)(\[(?<i>\d+)\])?(\.(?<sub>[a-z_]+))?$")]
    private static partial Regex Path();
}
