namespace Dasan.Web.Text;

/// <summary>
/// The dates any query may ask about (issue 15): 2000-01-01 to 2100-12-31. Outside them, a window computed from the
/// date (a week before, the next day) would leave <see cref="DateTime"/>'s range and fail; an API answers 400.
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly First = new(2000, 1, 1);
    public static readonly DateOnly Last = new(2100, 12, 31);

    public static bool Contains(DateOnly day) => day >= First && day <= Last;

    public static bool Contains(DateTime time) => Contains(DateOnly.FromDateTime(time));

    public static string Problem(string text) => $"'{text}' is outside {First:yyyy-MM-dd}…{Last:yyyy-MM-dd}";
}
