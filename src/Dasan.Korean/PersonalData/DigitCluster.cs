namespace Dasan.Korean.PersonalData;

/// <summary>A run of digit groups joined by single separators (010-1234-5678, 02)123-4567, +82 10 1234 5678).</summary>
internal sealed class DigitCluster
{
    public int PrefixStart { get; set; }

    public bool International { get; set; }

    public List<(int Start, int Length)> Groups { get; } = new(8);

    /// <summary>Separator before group i (index i - 1): the punctuation used, or ' ' for spaces only.</summary>
    public List<char> Separators { get; } = new(8);

    /// <summary>True when the separator before group i contains a space (a natural break).</summary>
    public List<bool> SpacedSeparators { get; } = new(8);

    public void Clear()
    {
        Groups.Clear();
        Separators.Clear();
        SpacedSeparators.Clear();
        International = false;
    }

    public int StartOf(int group) => group == 0 ? PrefixStart : Groups[group].Start;

    public int EndOf(int group) => Groups[group].Start + Groups[group].Length;
}
