namespace Dasan.Ai.Knowledge;

/// <summary>
/// What the training questions say about the guide an answer is drawn from (ADR 0111): a logistic model whose inputs are the
/// guide joined with each letter pair of the question (guide|b전기), so it learns which things about that guide
/// the guide answers and which it does not (따릉이 요금: answered; 따릉이 전기자전거 요금: not, whoever asks it). Inputs name
/// the guide, so a guide added later has none: it gets the share of answerable training questions, and the other refusal
/// inputs decide. So does a guide whose words changed since the fit: what its near misses taught may no longer hold (an
/// administrator who adds 전기자전거 요금 to the 따릉이 guide wants it answered).
/// </summary>
/// <param name="Bias">The intercept.</param>
/// <param name="Weights">The weight of every input seen in training.</param>
/// <param name="Prior">The share of answerable training questions: the probability of a question answered from a guide no
/// training question was answered from (the intercept alone is not that: every question has a guide input).</param>
/// <param name="Fingerprints">The fingerprint of each guide's words when the model was fitted (<see cref="Inputs"/>); a
/// guide whose fingerprint differs now gets <paramref name="Prior"/>. Null: no check (a model fitted without them).</param>
public sealed record GuideTopicModel(double Bias, IReadOnlyDictionary<string, double> Weights, double Prior = 0.5, IReadOnlyDictionary<string, string>? Fingerprints = null)
{
    /// <summary>The prefix of the input line carrying the guide's fingerprint; it is not a weighted input.</summary>
    public const string FingerprintPrefix = "F=";

    /// <summary>No model: every question gets even odds.</summary>
    public static GuideTopicModel None { get; } = new(0, new Dictionary<string, double>());

    /// <summary>The probability that the question whose <see cref="Inputs"/> are <paramref name="inputs"/> is answerable.</summary>
    public double Probability(string inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var split = inputs.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (split.Length == 0 || !Weights.ContainsKey(split[0]) || Changed(split))
        {
            return Prior; // a guide added or changed after the fit, or no guide
        }

        var z = Bias;
        foreach (var input in split.Distinct(StringComparer.Ordinal))
        {
            z += Weights.TryGetValue(input, out var w) ? w : 0;
        }

        return 1 / (1 + Math.Exp(-z));
    }

    private bool Changed(string[] inputs) =>
        Fingerprints is not null
        && Fingerprints.TryGetValue(inputs[0][2..], out var fitted)
        && inputs.FirstOrDefault(i => i.StartsWith(FingerprintPrefix, StringComparison.Ordinal)) is { } now
        && !string.Equals(now[FingerprintPrefix.Length..], fitted, StringComparison.Ordinal);

    /// <summary>
    /// The model's inputs for a question answered from <paramref name="guide"/>: the guide, and the guide joined with each
    /// pair of adjacent letters of the question with spaces and punctuation removed, one per line. Spacing changes nothing
    /// (청년 월세 and 청년월세 give the same pairs): writers space the same words differently, and whole words learned
    /// their spacing (the training near misses wrote "부산시 청년 월세", the answerable questions "청년월세"). With
    /// <paramref name="fingerprint"/>, a second line carries the guide's fingerprint (<see cref="Fingerprints"/>).
    /// </summary>
    public static string Inputs(string guide, string question, string? fingerprint = null)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(question);
        var letters = new string([.. question.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        var inputs = new List<string> { "G=" + guide };
        if (fingerprint is not null)
        {
            inputs.Add(FingerprintPrefix + fingerprint);
        }

        for (var i = 0; i + 1 < letters.Length; i++)
        {
            inputs.Add(guide + "|b" + letters.Substring(i, 2));
        }

        return string.Join('\n', inputs.Distinct(StringComparer.Ordinal));
    }
}
