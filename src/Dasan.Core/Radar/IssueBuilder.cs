namespace Dasan.Core.Radar;

/// <summary>Turns a group of fired phrases into an issue: label, volumes, where, who, examples and evidence.</summary>
internal sealed class IssueBuilder
{
    private const double MajorShare = 0.3;
    private readonly FeatureTable _table;
    private readonly DateOnly _from;
    private readonly Dictionary<long, List<RadarObservation>> _byStory;
    private readonly Dictionary<long, RadarObservation> _byId;

    public IssueBuilder(FeatureTable table, DateOnly from)
    {
        _table = table;
        _from = from;
        _byStory = table.WindowItems.GroupBy(i => i.Story).ToDictionary(g => g.Key, g => g.ToList());
        _byId = table.WindowItems.ToDictionary(i => i.Id);
    }

    public DetectedIssue Build(List<PhraseNode> group)
    {
        var phrases = group.OrderByDescending(n => n.Score).Select(n => n.Phrase).ToList();
        var stories = group.SelectMany(n => n.Stories).Distinct().Where(_byId.ContainsKey).Select(id => _byId[id]).ToList();
        var items = stories.SelectMany(s => _byStory.GetValueOrDefault(s.Id) ?? [s]).ToList();
        var fired = group.SelectMany(n => n.Fired).OrderByDescending(f => f.Evidence.Surprise).ToList();
        var best = fired[0];
        var previous = group.Max(n => n.Fired.Max(f => f.Counts.Previous));
        var daily = new int[_table.WindowDays];
        foreach (var s in stories)
        {
            daily[s.Day.DayNumber - _from.DayNumber]++;
        }

        return new DetectedIssue
        {
            Key = string.Join('|', phrases.Order(StringComparer.Ordinal)),
            Label = Label(group),
            Phrases = phrases,
            FirstSeen = _from.AddDays(group.Min(n => n.Fired.Min(f => f.OnsetDay < 0 ? int.MaxValue : f.OnsetDay)) is var o && o == int.MaxValue ? 0 : o),
            Score = Math.Round(best.Evidence.Surprise + Math.Log2(group.Count), 2),
            Volume = stories.Count,
            Items = items.Count,
            Growth = Math.Round(stories.Count / (double)Math.Max(1, previous), 2),
            RequestItems = items.Count(i => i.Kind == RadarSourceKind.Request),
            NewsItems = items.Count(i => i.Kind == RadarSourceKind.News),
            Domains = Major(stories, s => s.Domain is null ? [] : [s.Domain], ScopeValues(fired, "/domain:")),
            Departments = Departments(stories),
            Districts = Major(stories, s => s.Districts, ScopeValues(fired, "/district:")),
            Examples = Examples(stories, phrases),
            State = best.State,
            Evidence = fired.Take(8).Select(f => f.Evidence).ToList(),
            Daily = daily,
            ItemIds = items.Select(i => i.Id).Order().ToList(),
        };
    }

    // The strongest phrase, replaced by a longer phrase that contains it and covers most of its stories
    // (마스크 → 마스크 대란), then a second phrase that is not part of the first.
    private static string Label(List<PhraseNode> group)
    {
        var ordered = group.OrderByDescending(n => n.Score).ToList();
        var first = ordered[0];
        var longer = ordered.Where(n => n.Phrase.Length > first.Phrase.Length && n.Phrase.Contains(first.Phrase, StringComparison.Ordinal)
            && n.Stories.Count >= 0.5 * first.Stories.Count).MaxBy(n => n.Stories.Count);
        var head = longer ?? first;
        var second = ordered.FirstOrDefault(n => n != head && !head.Phrase.Contains(n.Phrase, StringComparison.Ordinal)
            && !n.Phrase.Contains(head.Phrase, StringComparison.Ordinal) && n.Stories.Count >= 0.3 * head.Stories.Count);
        return second is null ? head.Phrase : head.Phrase + " · " + second.Phrase;
    }

    private static HashSet<string> ScopeValues(List<FiredFeature> fired, string marker) =>
        fired.Select(f => f.Evidence.Scope).Where(s => s.Contains(marker, StringComparison.Ordinal))
            .Select(s => s[(s.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..]).ToHashSet(StringComparer.Ordinal);

    private static List<string> Major(List<RadarObservation> stories, Func<RadarObservation, IEnumerable<string>> values, HashSet<string> fired)
    {
        var counts = stories.SelectMany(values).GroupBy(v => v).Select(g => (g.Key, Count: g.Count())).ToList();
        return counts.Where(c => fired.Contains(c.Key) || (c.Count >= 2 && c.Count >= MajorShare * stories.Count))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).Take(5).ToList();
    }

    private static List<string> Departments(List<RadarObservation> stories) =>
        stories.SelectMany(s => s.Departments.Take(3).Select((d, rank) => (d, Weight: 1.0 / (rank + 1))))
            .GroupBy(x => x.d).Select(g => (g.Key, Weight: g.Sum(x => x.Weight)))
            .OrderByDescending(x => x.Weight).ThenBy(x => x.Key, StringComparer.Ordinal).Take(3).Select(x => x.Key).ToList();

    private static List<IssueExample> Examples(List<RadarObservation> stories, List<string> phrases)
    {
        var set = phrases.ToHashSet(StringComparer.Ordinal);
        var ranked = stories.OrderByDescending(s => s.Phrases.Count(set.Contains)).ThenBy(s => s.Day).ThenBy(s => s.Id).ToList();
        var picked = ranked.Take(3).ToList();
        var otherKind = ranked.FirstOrDefault(s => picked.All(p => p.Kind != s.Kind));
        if (otherKind is not null && picked.Count == 3)
        {
            picked[2] = otherKind;
        }

        return picked.Select(s => new IssueExample(s.Id, s.Day, s.Source, s.Kind, s.Title, s.Url)).ToList();
    }
}
