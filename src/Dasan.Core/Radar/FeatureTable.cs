namespace Dasan.Core.Radar;

/// <summary>
/// The counts the test needs, in two passes over the items of a history and a window: stories per scope and day,
/// then per phrase and scope only for the features the window supports (at least <c>minSupport</c> stories), since no
/// other feature can fire. A scope is a source kind with the whole city, one domain or one district.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Dictionary<(RadarSourceKind Kind, char Type, string Value), int> _scopeIds = [];
    private readonly List<FeatureCounts> _features = [];

    public FeatureTable(IEnumerable<RadarObservation> items, DateOnly historyStart, DateOnly from, DateOnly to, int minSupport)
    {
        HistoryStart = historyStart;
        HistoryDays = from.DayNumber - historyStart.DayNumber;
        WindowDays = to.DayNumber - from.DayNumber + 1;
        var stories = new List<(RadarObservation Item, int Day, int[] Scopes)>();
        var scopes = new List<int>(8);
        foreach (var item in items)
        {
            var day = item.Day.DayNumber - historyStart.DayNumber;
            if (day < 0 || day >= HistoryDays + WindowDays)
            {
                continue;
            }

            if (day >= HistoryDays)
            {
                WindowItems.Add(item);
            }

            if (item.LeadsStory)
            {
                ScopesOf(item, scopes);
                foreach (var s in scopes)
                {
                    Totals[s][day]++;
                }

                stories.Add((item, day, [.. scopes]));
            }
        }

        var byPhrase = Candidates(stories, minSupport);
        foreach (var (item, day, itemScopes) in stories)
        {
            var weekday = (int)item.Day.DayOfWeek;
            foreach (var phrase in item.Phrases)
            {
                if (!byPhrase.TryGetValue(phrase, out var features))
                {
                    continue;
                }

                foreach (var f in features)
                {
                    if (Array.IndexOf(itemScopes, f.Scope) >= 0)
                    {
                        f.Add(day, weekday, HistoryDays, WindowDays, item.Id);
                    }
                }
            }
        }

        foreach (var f in _features)
        {
            f.Flush(HistoryDays);
        }
    }

    public DateOnly HistoryStart { get; }
    public int HistoryDays { get; }
    public int WindowDays { get; }
    public List<int[]> Totals { get; } = [];
    public List<string> ScopeNames { get; } = [];
    public List<RadarObservation> WindowItems { get; } = [];

    /// <summary>The features with enough stories in the window to be tested, in order of first appearance there.</summary>
    public IReadOnlyList<FeatureCounts> Features => _features;

    public DayOfWeek WeekdayOf(int day) => HistoryStart.AddDays(day).DayOfWeek;

    // The (scope, phrase) pairs with at least minSupport stories in the window, grouped by phrase.
    private Dictionary<string, List<FeatureCounts>> Candidates(List<(RadarObservation Item, int Day, int[] Scopes)> stories, int minSupport)
    {
        var counts = new Dictionary<(int Scope, string Phrase), int>();
        foreach (var (item, day, itemScopes) in stories)
        {
            if (day < HistoryDays)
            {
                continue;
            }

            foreach (var phrase in item.Phrases)
            {
                foreach (var s in itemScopes)
                {
                    counts[(s, phrase)] = counts.GetValueOrDefault((s, phrase)) + 1;
                }
            }
        }

        var byPhrase = new Dictionary<string, List<FeatureCounts>>(StringComparer.Ordinal);
        foreach (var ((scope, phrase), count) in counts)
        {
            if (count < minSupport)
            {
                continue;
            }

            var f = new FeatureCounts(scope, phrase, WindowDays);
            _features.Add(f);
            if (!byPhrase.TryGetValue(phrase, out var list))
            {
                byPhrase[phrase] = list = [];
            }

            list.Add(f);
        }

        return byPhrase;
    }

    private void ScopesOf(RadarObservation item, List<int> scopes)
    {
        scopes.Clear();
        scopes.Add(ScopeId(item.Kind, 'c', ""));
        if (!string.IsNullOrEmpty(item.Domain))
        {
            scopes.Add(ScopeId(item.Kind, 'o', item.Domain));
        }

        foreach (var d in item.Districts)
        {
            scopes.Add(ScopeId(item.Kind, 'd', d));
        }
    }

    private int ScopeId(RadarSourceKind kind, char type, string value)
    {
        if (!_scopeIds.TryGetValue((kind, type, value), out var id))
        {
            _scopeIds[(kind, type, value)] = id = ScopeNames.Count;
            var prefix = kind == RadarSourceKind.News ? "news" : "requests";
            ScopeNames.Add(type switch { 'c' => prefix + "/city", 'o' => prefix + "/domain:" + value, _ => prefix + "/district:" + value });
            Totals.Add(new int[HistoryDays + WindowDays]);
        }

        return id;
    }
}
