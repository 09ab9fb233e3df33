namespace Dasan.Core.Challenges;

/// <summary>사업자등록번호: ten digits written <c>NNN-NN-NNNNN</c>, the last a check digit over the first nine.</summary>
public static class BusinessNumber
{
    private static readonly int[] Weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];

    /// <summary>The number as <c>NNN-NN-NNNNN</c> when it has ten digits (hyphens, spaces, full-width digits allowed) and a valid check digit; otherwise null.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = new List<int>();
        foreach (var ch in input.Normalize(System.Text.NormalizationForm.FormKC))
        {
            if (char.IsAsciiDigit(ch))
            {
                digits.Add(ch - '0');
            }
            else if (ch is not ('-' or ' '))
            {
                return null;
            }
        }

        if (digits.Count != 10 || !CheckDigitValid(digits))
        {
            return null;
        }

        var s = string.Concat(digits);
        return $"{s[..3]}-{s[3..5]}-{s[5..]}";
    }

    private static bool CheckDigitValid(IReadOnlyList<int> d)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += d[i] * Weights[i];
        }

        sum += d[8] * 5 / 10;
        return (10 - (sum % 10)) % 10 == d[9];
    }
}
