using System.Linq.Expressions;
using Dasan.Core.Requests;
using Microsoft.EntityFrameworkCore.Query;

namespace Dasan.Core.Dashboards;

/// <summary>Builds the GROUP BY keys of time series: a Seoul day or month combined with a breakdown key.</summary>
internal static class SeriesShapes
{
    private const int Offset = DashboardFilter.SeoulOffsetHours;

    private static readonly Expression<Func<CitizenRequest, object?, BucketKey<object?>>> DayShape =
        (r, k) => new BucketKey<object?> { Day = r.ReceivedAt.AddHours(Offset).Date, Key = k };

    private static readonly Expression<Func<CitizenRequest, object?, BucketKey<object?>>> MonthShape =
        (r, k) => new BucketKey<object?> { Year = r.ReceivedAt.AddHours(Offset).Year, Month = r.ReceivedAt.AddHours(Offset).Month, Key = k };

    public static Expression<Func<CitizenRequest, BucketKey<TKey>>> Bucket<TKey>(Expression<Func<CitizenRequest, TKey>> key, bool monthly)
    {
        var shape = monthly ? MonthShape : DayShape;
        var r = shape.Parameters[0];
        var keyBody = ReplacingExpressionVisitor.Replace(key.Parameters[0], r, key.Body);
        var init = (MemberInitExpression)shape.Body;
        var bindings = init.Bindings.Cast<MemberAssignment>().Select(b =>
        {
            var member = typeof(BucketKey<TKey>).GetProperty(b.Member.Name)!;
            var value = b.Member.Name == nameof(BucketKey<TKey>.Key) ? keyBody : b.Expression;
            return (MemberBinding)Expression.Bind(member, value);
        });
        return Expression.Lambda<Func<CitizenRequest, BucketKey<TKey>>>(Expression.MemberInit(Expression.New(typeof(BucketKey<TKey>)), bindings), r);
    }
}
