using System.Linq.Expressions;
using System.Reflection;
using Dasan.Core.Requests;

namespace Dasan.Core.Dashboards;

/// <summary>
/// Medians of durations without moving rows out of the database: the query counts requests per duration
/// bucket (a CASE over fixed edges, portable between SQLite and PostgreSQL) and the median is interpolated
/// inside the bucket that holds it (see ADR 0311).
/// </summary>
public static class DurationHistogram
{
    /// <summary>Upper bucket edges in hours: 1 h … 60 days; a last open bucket holds longer durations.</summary>
    public static IReadOnlyList<double> EdgesHours { get; } = [1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 504, 720, 1080, 1440];

    private static readonly MethodInfo AddHours = typeof(DateTime).GetMethod(nameof(DateTime.AddHours))!;

    /// <summary>The bucket index of <c>end - ReceivedAt</c>: 0 for up to 1 hour, …, <c>EdgesHours.Count</c> for longer.</summary>
    public static Expression BucketOf(ParameterExpression r, Expression<Func<CitizenRequest, DateTime?>> end)
    {
        var endBody = Microsoft.EntityFrameworkCore.Query.ReplacingExpressionVisitor.Replace(end.Parameters[0], r, end.Body);
        var received = Expression.Property(r, nameof(CitizenRequest.ReceivedAt));
        Expression result = Expression.Constant(EdgesHours.Count);
        for (var i = EdgesHours.Count - 1; i >= 0; i--)
        {
            var limit = Expression.Convert(Expression.Call(received, AddHours, Expression.Constant(EdgesHours[i])), typeof(DateTime?));
            result = Expression.Condition(Expression.LessThanOrEqual(endBody, limit), Expression.Constant(i), result);
        }

        return result;
    }

    /// <summary>The interpolated median in hours of bucket counts, or null without data.</summary>
    public static double? Median(IReadOnlyDictionary<int, int> counts)
    {
        var total = counts.Values.Sum();
        if (total == 0)
        {
            return null;
        }

        var half = total / 2.0;
        var seen = 0;
        for (var i = 0; i <= EdgesHours.Count; i++)
        {
            var n = counts.GetValueOrDefault(i);
            if (n > 0 && seen + n >= half)
            {
                var lower = i == 0 ? 0 : EdgesHours[i - 1];
                if (i == EdgesHours.Count)
                {
                    return lower;
                }

                return lower + ((EdgesHours[i] - lower) * (half - seen) / n);
            }

            seen += n;
        }

        return EdgesHours[^1];
    }
}
