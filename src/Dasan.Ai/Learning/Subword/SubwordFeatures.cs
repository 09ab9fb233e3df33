using System.Text;
using Dasan.Korean.Normalization;

namespace Dasan.Ai.Learning.Subword;

/// <summary>
/// The features of a text as fastText reads them: each whitespace-separated word, each pair of neighbouring words, and
/// the character n-grams of each word inside boundary marks (<c>&lt;숨을&gt;</c> gives <c>&lt;숨</c>, <c>숨을</c>, <c>을&gt;</c> …),
/// after Dasan's normalisation (HTML removed, Unicode composed, lower case).
/// </summary>
internal sealed class SubwordFeatures(SubwordClassifierOptions options)
{
    private readonly TextNormalizer _normalizer = new();

    public List<string> Extract(string text)
    {
        var words = Words(text);
        var features = new List<string>(words.Length * 8);
        var builder = new StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            features.Add("w " + words[i]);
            if (options.WordBigrams && i > 0)
            {
                features.Add("b " + words[i - 1] + " " + words[i]);
            }

            AddCharNGrams(words[i], features, builder);
        }

        return features;
    }

    /// <summary>The words of <paramref name="text"/> as the features are made of them: normalised, lower case.</summary>
    public string[] Words(string text) =>
        _normalizer.Normalize(text).Text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The character n-gram features of one word, in <see cref="Extract"/>'s order.</summary>
    public List<string> CharNGrams(string word)
    {
        var features = new List<string>();
        AddCharNGrams(word, features, new StringBuilder());
        return features;
    }

    private void AddCharNGrams(string word, List<string> features, StringBuilder builder)
    {
        if (options.CharNGramMax <= 0)
        {
            return;
        }

        var marked = "<" + word + ">";
        for (var start = 0; start < marked.Length; start++)
        {
            for (var n = options.CharNGramMin; n <= options.CharNGramMax && start + n <= marked.Length; n++)
            {
                // fastText leaves out the bare boundary marks; we also leave out the whole marked word, which only repeats the
                // word feature.
                if ((n == 1 && (start == 0 || start == marked.Length - 1)) || n == marked.Length)
                {
                    continue;
                }

                builder.Clear().Append("c ").Append(marked, start, n);
                features.Add(builder.ToString());
            }
        }
    }
}
