using System.Collections.Frozen;
using System.Reflection;

namespace Dasan.Korean.Tokenization;

/// <summary>The built-in word lists, read once from resources embedded in this assembly.</summary>
internal static class KoreanLexicon
{
    /// <summary>Longest entry of <see cref="Nouns"/> in syllables, used to bound look-ups.</summary>
    public const int MaxNounLength = 8;

    public static FrozenSet<string> Nouns { get; } = ReadWords("nouns.txt", minLength: 2);

    public static FrozenSet<string> StopWords { get; } = ReadWords("stopwords.txt", minLength: 1);

    public static FrozenSet<string> Surnames { get; } = ReadWords("surnames.txt", minLength: 1);

    public static FrozenDictionary<string, SuffixRule> Suffixes { get; } = ReadSuffixes();

    public static int MaxSuffixLength { get; } = Suffixes.Keys.Max(s => s.Length);

    private static FrozenSet<string> ReadWords(string name, int minLength) =>
        ReadLines(name)
            .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.Length >= minLength && word.Length <= MaxNounLength)
            .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, SuffixRule> ReadSuffixes() =>
        ReadLines("suffixes.txt")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenDictionary(
                parts => parts[0],
                parts => new SuffixRule(ParseContext(parts[1]), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
                StringComparer.Ordinal);

    private static SuffixContext ParseContext(string code) => code switch
    {
        "C" => SuffixContext.AfterConsonant,
        "V" => SuffixContext.AfterVowel,
        "R" => SuffixContext.AfterVowelOrRieul,
        _ => SuffixContext.Any,
    };

    private static IEnumerable<string> ReadLines(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dasan.Korean.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from Dasan.Korean.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
