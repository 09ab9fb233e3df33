using System.Text.Json;
using Dasan.Ai.Learning;
using Dasan.Ai.Learning.Subword;
using Dasan.Core.Content;

namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// The learned models of danger (critical / high / normal) trained on the sentences the team wrote for them
/// (<c>content/urgency/training-*.jsonl</c>: dangers, and hard negatives such as metaphors, campaigns, insurance, past events
/// and graffiti) and on everyday business (<see cref="OrdinaryRequests"/>). Character n-grams let them read typos, missing
/// spaces and phrasings the lexicon does not list.
/// Trained on first use (a few seconds) or read from the installation's models folder (<see cref="CacheIn"/>),
/// deterministic, thread-safe.
/// </summary>
public static partial class UrgencyModel
{
    private static string? cacheDirectory;
    private static Action<string>? cacheLog;
    private static readonly Lazy<UrgencyScorer?> Model = new(() => UrgencyModelCache.LoadOrTrain(cacheDirectory, TrainingRows(), rows => Train(rows), cacheLog).Scorer);

    private static readonly Lazy<UrgencyScorer?> ForeignModel = new(() => UrgencyModelCache.LoadOrTrain(cacheDirectory, ForeignRows(), rows => Train(rows), cacheLog).Scorer);

    public static UrgencyScorer? Instance => Model.Value;

    /// <summary>
    /// The models for a text written mostly in another script than Hangul (English): trained on the English sentences alone
    /// (ADR 0108, twenty-eighth session). Trained with the Korean ones, they read English self-introductions as dangers;
    /// trained with more English, the Korean ones rated more Korean everyday text critical.
    /// </summary>
    public static UrgencyScorer? ForeignInstance => ForeignModel.Value;

    /// <summary>
    /// Reads the trained models from <paramref name="directory"/> (an installation's models folder) and keeps them there
    /// once trained, instead of training in every process. The first folder named before first use counts.
    /// </summary>
    public static void CacheIn(string directory, Action<string>? log = null)
    {
        if (Interlocked.CompareExchange(ref cacheDirectory, directory, null) is null)
        {
            cacheLog = log;
        }
    }

    /// <summary>
    /// The training rows: the writers' sentences (title + body, label) and, as <c>normal</c>, the catalog's everyday requests
    /// (<see cref="OrdinaryRequests"/>): without them the models had read no everyday business and rated one real citizen
    /// text in ten critical (ADR 0108, twenty-fifth session).
    /// </summary>
    public static IReadOnlyList<LabeledText> TrainingRows() => [.. WrittenRows(), .. OrdinaryRequests.Rows()];

    /// <summary>The training writers' sentences (<c>content/urgency/training-*.jsonl</c>): (title + body, label).</summary>
    public static IReadOnlyList<LabeledText> WrittenRows() => Written("training-").ToList();

    /// <summary>
    /// The training rows written mostly in another script than Hangul: the training writers' English sentences, the English
    /// writers' (<c>content/urgency/english-*.jsonl</c>, dangers and hard negatives from foreign residents and visitors) and
    /// the everyday texts in English.
    /// </summary>
    public static IReadOnlyList<LabeledText> ForeignRows() =>
        [.. WrittenRows().Concat(Written("english-")).Concat(OrdinaryRequests.Rows()).Where(r => IsForeign(r.Text))];

    /// <summary>True when a text has more Latin letters than Hangul syllables, links and e-mail addresses aside (a Korean
    /// request with a link is Korean): the foreign models read it.</summary>
    public static bool IsForeign(string text)
    {
        var words = Links().Replace(text, " ");
        return words.Count(char.IsAsciiLetter) > words.Count(c => c is >= '\uAC00' and <= '\uD7A3');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(https?://|www\.)\S+|\S+@\S+")]
    private static partial System.Text.RegularExpressions.Regex Links();

    private static IEnumerable<LabeledText> Written(string prefix) =>
        ShippedContent.List("urgency/").Where(p => Path.GetFileName(p).StartsWith(prefix, StringComparison.Ordinal) && p.EndsWith(".jsonl", StringComparison.Ordinal))
            .SelectMany(Rows);

    /// <summary>The rows of one shipped JSON-lines file of labelled texts (label, title, body).</summary>
    internal static IEnumerable<LabeledText> Rows(string path) =>
        ShippedContent.ReadText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new LabeledText(Text(e.GetProperty("title").GetString(), e.GetProperty("body").GetString()), e.GetProperty("label").GetString()!));

    public static string Text(string? title, string? body) => $"{title}\n{body}";

    /// <summary>The linear model's settings: the classifier's defaults, one thread (deterministic), no label balancing.</summary>
    public static TextClassifierOptions LinearOptions { get; } = TextClassifierOptions.Default with { NumberOfThreads = 1, BalanceLabels = false };

    /// <summary>The subword model's settings: fastText's, with 50-long vectors (as good as 100 leaving one writer out, half
    /// the memory; ADR 0109).</summary>
    public static SubwordClassifierOptions SubwordOptions { get; } = SubwordClassifierOptions.Default with { Dimensions = 50 };

    /// <summary>Trains both models on <paramref name="rows"/> with the shipped settings; null when there are none.</summary>
    public static UrgencyScorer? Train(IReadOnlyList<LabeledText> rows, TextClassifierOptions? linear = null, SubwordClassifierOptions? subword = null) =>
        rows.Count == 0 ? null
            : new UrgencyScorer(
                new TextClassifierTrainer(linear ?? LinearOptions).Train(rows),
                new SubwordClassifierTrainer(subword ?? SubwordOptions).Train(rows));
}
