using System.Globalization;

namespace Dasan.Core.Radar;

/// <summary>The default writer: sentences assembled from the numbers and the representative items' own titles, nothing invented.</summary>
public sealed class ExtractiveBriefingWriter : IBriefingWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public Task<BriefingText> WriteAsync(Briefing briefing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var span = briefing.Period == BriefingPeriod.Daily ? briefing.To.ToString("yyyy-MM-dd", Inv) : $"{briefing.From:yyyy-MM-dd}–{briefing.To:yyyy-MM-dd}";
        var headline = briefing.Issues.Count == 0
            ? $"{briefing.Audience} {(briefing.Period == BriefingPeriod.Daily ? "일일" : "주간")} 브리핑 ({span}): 급증한 이슈 없음"
            : $"{briefing.Audience} {(briefing.Period == BriefingPeriod.Daily ? "일일" : "주간")} 브리핑 ({span}): {briefing.Issues[0].Label} 등 {briefing.Issues.Count}건";
        var paragraphs = new List<BriefingParagraph>();
        foreach (var (issue, rank) in briefing.Issues.Select((i, n) => (i, n + 1)))
        {
            var best = issue.Evidence.FirstOrDefault();
            var departments = issue.Departments.Select(c => briefing.DepartmentNames.GetValueOrDefault(c, c)).ToList();
            var text = $"{rank}. {issue.Label}: {issue.Volume}건(민원 {issue.RequestItems}, 뉴스 {issue.NewsItems}), {issue.FirstSeen:yyyy-MM-dd}부터"
                + (best is null ? "" : $", 평소 예상 {best.Expected.ToString("F1", Inv)}건 대비 {best.Observed}건")
                + (issue.Districts.Count > 0 ? $", 지역 {string.Join("·", issue.Districts)}" : "")
                + (departments.Count > 0 ? $". 담당 후보: {string.Join(", ", departments)}" : "")
                + ". 사례: " + string.Join(" / ", issue.Examples.Take(2).Select(e => $"“{e.Title}”"));
            paragraphs.Add(new BriefingParagraph(text, issue.Examples.Select(e => e.Id).ToList()));
        }

        var change = briefing.PreviousRequests == 0 ? "" : $" (직전 기간 {briefing.PreviousRequests}건 대비 {(briefing.Requests - briefing.PreviousRequests) * 100.0 / briefing.PreviousRequests:+0;-0;0}%)";
        paragraphs.Add(new BriefingParagraph($"접수 민원 {briefing.Requests}건{change}. 처리 기한을 넘긴 민원 {briefing.Overdue}건"
            + (briefing.OldestOverdue.Count > 0 ? ": " + string.Join(", ", briefing.OldestOverdue.Take(3).Select(o => $"{o.TrackingNumber}({o.DaysOverdue}일 초과)")) : "") + ".", []));
        return Task.FromResult(new BriefingText(headline, paragraphs, "extractive"));
    }

    /// <summary>Throws when a paragraph cites an item that is not among the briefing's issues' items.</summary>
    public static void CheckCitations(Briefing briefing, BriefingText text)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(text);
        var known = briefing.Issues.SelectMany(i => i.ItemIds).ToHashSet();
        var unknown = text.Paragraphs.SelectMany(p => p.Citations).Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"The briefing cites items that are not in its evidence: {string.Join(", ", unknown.Take(5))}.");
        }
    }
}
