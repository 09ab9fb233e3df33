namespace Dasan.Ai.Triage.Urgency;

/// <summary>
/// Finds cues in a compact clause. Single phrases compete for their span (longest first, so a
/// neutral 화재예방 beats 화재); neutral spans are then blanked before multi-part cues are tried.
/// Only phrases whose first two characters occur in the clause are searched for (<see cref="PhraseIndex"/>); the
/// result is the same as searching for every phrase, in the same order.
/// </summary>
internal sealed class ClauseCueMatcher
{
    private readonly (UrgencyCue Cue, string Phrase)[] _phrases;
    private readonly UrgencyCue[] _combinations;
    private readonly PhraseIndex _phraseIndex;
    private readonly PhraseIndex _alternativeIndex;
    private readonly int[][][] _alternativeIds;

    public ClauseCueMatcher(IEnumerable<UrgencyCue> cues)
    {
        var all = cues.ToList();
        _phrases = all.Where(c => c.Parts.Count == 1)
            .SelectMany(c => c.Parts[0].Select(p => (c, p)))
            .OrderByDescending(x => x.p.Length)
            .ToArray();
        _combinations = all.Where(c => c.Parts.Count > 1).ToArray();
        _phraseIndex = new PhraseIndex(_phrases.Select(p => p.Phrase).ToList());
        var alternatives = new List<string>();
        _alternativeIds = _combinations.Select(c => c.Parts.Select(part => part.Select(a =>
        {
            alternatives.Add(a);
            return alternatives.Count - 1;
        }).ToArray()).ToArray()).ToArray();
        _alternativeIndex = new PhraseIndex(alternatives);
    }

    public List<CueHit> Match(string compact)
    {
        var accepted = new List<CueHit>();
        var candidates = _phraseIndex.Candidates(compact);
        for (var i = 0; i < _phrases.Length; i++)
        {
            if (!candidates[i])
            {
                continue;
            }

            var (cue, phrase) = _phrases[i];
            var at = compact.IndexOf(phrase, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + phrase.Length;
                // A span already taken by a neutral phrase or an equal or graver cue blocks this one; a lesser cue does
                // not block a graver one (냄새가너무심 of a bad smell does not hide 가스냄새 in 가스냄새가너무심해요).
                if (!accepted.Exists(h => h.Start < end && at < h.End && (h.Cue.Level == Urgency.Normal || h.Cue.Level >= cue.Level)))
                {
                    accepted.Add(new CueHit(cue, phrase, at, end));
                }

                at = compact.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            }
        }

        var masked = Mask(compact, accepted);
        var present = _alternativeIndex.Candidates(compact);
        for (var c = 0; c < _combinations.Length; c++)
        {
            var hit = MatchAll(_combinations[c], _alternativeIds[c], present, masked);
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

    /// <summary>Each part's first alternative found in <paramref name="masked"/>; null when a part has none. Alternatives
    /// that cannot occur in the clause (<paramref name="present"/>) are not searched for.</summary>
    private static CueHit? MatchAll(UrgencyCue cue, int[][] ids, bool[] present, string masked)
    {
        var start = int.MaxValue;
        var end = 0;
        var found = new List<string>(cue.Parts.Count);
        for (var p = 0; p < cue.Parts.Count; p++)
        {
            var alternatives = cue.Parts[p];
            var at = -1;
            string? phrase = null;
            for (var a = 0; a < alternatives.Length && at < 0; a++)
            {
                if (present[ids[p][a]])
                {
                    at = masked.IndexOf(alternatives[a], StringComparison.Ordinal);
                    phrase = alternatives[a];
                }
            }

            if (at < 0)
            {
                return null;
            }

            found.Add(phrase!);
            start = Math.Min(start, at);
            end = Math.Max(end, at + phrase!.Length);
        }

        return new CueHit(cue, string.Join('+', found), start, end);
    }
}
