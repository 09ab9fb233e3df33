namespace Dasan.Core.Programme.Training;

/// <summary>Risk tiers I–IV as numbers 1–4.</summary>
public static class Tiers
{
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    public static int Parse(string value)
    {
        var i = Array.IndexOf(Roman, value.Trim().ToUpperInvariant());
        if (i >= 0)
        {
            return i + 1;
        }

        return int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 4
            ? n
            : throw new FormatException($"'{value}' is not a risk tier (I, II, III, IV or 1–4).");
    }

    public static string Name(int tier) => tier is >= 1 and <= 4 ? Roman[tier - 1] : tier.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
