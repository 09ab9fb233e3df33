namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Finds cues in a compact clause. Single phrases compete for their span (longest first, so a
/// neutral 화재예방 beats 화재); neutral spans are then blanked before multi-part cues are tried.
/// </summary>
internal sealed class ClauseCueMatcher
{
    private readonly (UrgencyCue Cue, string Phrase)[] _phrases;
    private readonly UrgencyCue[] _combinations;

    public ClauseCueMatcher(IEnumerable<UrgencyCue> cues)
    {
        var all = cues.ToList();
        _phrases = all.Where(c => c.Parts.Count == 1)
            .SelectMany(c => c.Parts[0].Select(p => (c, p)))
            .OrderByDescending(x => x.p.Length)
            .ToArray();
        _combinations = all.Where(c => c.Parts.Count > 1).ToArray();
    }

    public List<CueHit> Match(string compact)
    {
        var accepted = new List<CueHit>();
        foreach (var (cue, phrase) in _phrases)
        {
            var at = compact.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                if (!accepted.Exists(h => h.Start < end && at < h.End))
                {
                    accepted.Add(new CueHit(cue, phrase, at, end));
                }

                at = compact.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }

        var masked = Mask(compact, accepted);
        foreach (var cue in _combinations)
        {
            var hit = MatchAll(cue, masked);
            if (hit is not null)
            {
                accepted.Add(hit);
            }
        }

        accepted.Sort((a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static string Mask(string compact, List<CueHit> hits)
    {
        if (!hits.Exists(h => h.Cue.Level == Urgency.Normal))
        {
            return compact;
        }

        var chars = compact.ToCharArray();
        foreach (var hit in hits.Where(h => h.Cue.Level == Urgency.Normal))
        {
            Array.Fill(chars, ' ', hit.Start, hit.End - hit.Start);
        }

        return new string(chars);
    }

    private static CueHit? MatchAll(UrgencyCue cue, string masked)
    {
        var start = int.MaxValue;
        var end = 0;
        var found = new List<string>(cue.Parts.Count);
        foreach (var alternatives in cue.Parts)
        {
            var match = alternatives
                .Select(a => (Phrase: a, At: masked.IndexOf(a, StringComparison.Ordinal)))
                .FirstOrDefault(m => m.At >= 0);
            if (match.Phrase is null)
            {
                return null;
            }

            found.Add(match.Phrase);
            start = Math.Min(start, match.At);
            end = Math.Max(end, match.At + match.Phrase.Length);
        }

        return new CueHit(cue, string.Join('+', found), start, end);
    }
}
