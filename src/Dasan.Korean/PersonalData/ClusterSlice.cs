using System.Text;

namespace Dasan.Korean.PersonalData;

/// <summary>Groups First..Last of a <see cref="DigitCluster"/>, the unit the number rules classify.</summary>
internal sealed class ClusterSlice
{
    private readonly StringBuilder _digits = new(32);

    public string Text { get; private set; } = string.Empty;

    public DigitCluster Cluster { get; private set; } = new();

    public int First { get; private set; }

    public int Count { get; private set; }

    public string Digits { get; private set; } = string.Empty;

    public bool International => First == 0 && Cluster.International;

    public int Start => First == 0 ? Cluster.PrefixStart : Cluster.Groups[First].Start;

    public int End => Cluster.EndOf(First + Count - 1);

    public void Set(string text, DigitCluster cluster, int first, int count)
    {
        Text = text;
        Cluster = cluster;
        First = first;
        Count = count;
        _digits.Clear();
        for (var g = first; g < first + count; g++)
        {
            _digits.Append(text.AsSpan(cluster.Groups[g].Start, cluster.Groups[g].Length));
        }

        Digits = _digits.ToString();
    }

    public int Length(int group) => Cluster.Groups[First + group].Length;

    public ReadOnlySpan<char> Group(int group) => Text.AsSpan(Cluster.Groups[First + group].Start, Length(group));

    /// <summary>Separator before group <paramref name="group"/> (1-based within the slice).</summary>
    public char Separator(int group) => Cluster.Separators[First + group - 1];

    public bool HasShape(params int[] lengths)
    {
        if (lengths.Length != Count)
        {
            return false;
        }

        for (var g = 0; g < Count; g++)
        {
            if (Length(g) != lengths[g])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when every separator is one of <paramref name="allowed"/> and they are all the same.</summary>
    public bool UniformSeparators(string allowed)
    {
        for (var g = 1; g < Count; g++)
        {
            if (!allowed.Contains(Separator(g), StringComparison.Ordinal) || Separator(g) != Separator(1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the character after the slice continues a word (a letter, digit or '@').</summary>
    public bool FollowedByWordCharacter => End < Text.Length && (char.IsAsciiLetterOrDigit(Text[End]) || Text[End] is '@' or '_');
}
