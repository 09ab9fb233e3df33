namespace Dasan.Korean.PersonalData;

/// <summary>
/// Finds personal data (개인정보) in a text with hand-written scanners (no backtracking regular
/// expressions), resolves overlaps in favour of the more confident and longer finding, and
/// returns findings ordered by position.
/// </summary>
public sealed class PersonalDataDetector
{
    private static readonly IPersonalDataRecognizer[] Recognizers =
    [
        new NumberRecognizer(), new EmailRecognizer(), new IpV6Recognizer(), new VehiclePlateRecognizer(),
        new PassportRecognizer(), new AddressRecognizer(), new PersonNameRecognizer(), new SpelledNumberRecognizer(), new BirthDateRecognizer(),
    ];

    private readonly double _minConfidence;

    /// <summary>Creates a detector reporting findings with at least <paramref name="minConfidence"/> (default 0.5).</summary>
    public PersonalDataDetector(double minConfidence = 0.5) => _minConfidence = minConfidence;

    /// <summary>Finds personal data in <paramref name="text"/>; spans are offsets into it.</summary>
    public IReadOnlyList<PersonalDataFinding> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PersonalDataFinding>();
        foreach (var recognizer in Recognizers)
        {
            recognizer.Find(text, candidates);
        }

        candidates.RemoveAll(f => f.Confidence < _minConfidence);
        candidates.Sort(static (a, b) => b.Confidence != a.Confidence ? b.Confidence.CompareTo(a.Confidence) : b.Length.CompareTo(a.Length));
        var accepted = new List<PersonalDataFinding>(candidates.Count);
        var taken = new bool[text.Length];
        foreach (var candidate in candidates)
        {
            if (!taken.AsSpan(candidate.Start, candidate.Length).Contains(true))
            {
                accepted.Add(candidate);
                taken.AsSpan(candidate.Start, candidate.Length).Fill(true);
            }
        }

        ContactNameFinder.Find(text, accepted, taken);
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }
}
