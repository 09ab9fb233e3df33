using System.Globalization;
using System.Text.RegularExpressions;

namespace Dasan.Ai.Learning.Registry;

/// <summary>Model names are lowercase ASCII words (routing, petitions-category); references are NAME or NAME@VERSION.</summary>
public static partial class ModelName
{
    [GeneratedRegex("^[a-z][a-z0-9_-]{0,79}$")]
    private static partial Regex Valid();

    public static void Validate(string name)
    {
        if (!Valid().IsMatch(name))
        {
            throw new ModelNotFoundException($"'{name}' is not a valid model name (lowercase letters, digits, - and _; starting with a letter)");
        }
    }

    public static (string Name, int? Version) Parse(string reference)
    {
        var at = reference.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            Validate(reference);
            return (reference, null);
        }

        var name = reference[..at];
        Validate(name);
        return int.TryParse(reference[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
            ? (name, v)
            : throw new ModelNotFoundException($"'{reference}' is not NAME@VERSION with a positive version number");
    }
}
