using System.Globalization;
using Dasan.Core.Programme.Training;

namespace Dasan.Web.Pages.Programme.Training;

/// <summary>Dates on the training pages, in Korea time.</summary>
public static class TrainingDates
{
    public static string Day(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Minute(DateTime utc) => utc.AddHours(9).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string RuleName(CompletionRule rule) => rule switch
    {
        CompletionRule.Completed => "학습 완료",
        CompletionRule.Passed => "퀴즈 통과",
        _ => "학습 완료와 퀴즈 통과",
    };
}
