namespace Dasan.Core.Radar;

/// <summary>
/// One pass over the items of a history and a window: stories per scope and day, and per phrase and scope
/// the counts the test needs. A scope is a source kind with the whole city, one domain or one district.
/// </summary>
internal sealed class FeatureTable
{
    private readonly Dictionary<string, int> _scopeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(int Scope, string Phrase), FeatureCounts> _features = [];

    public FeatureTable(IEnumerable<RadarObservation> items, DateOnly historyStart, DateOnly from, DateOnly to)
    {
        HistoryStart = historyStart;
        HistoryDays = from.DayNumber - historyStart.DayNumber;
        WindowDays = to.DayNumber - from.DayNumber + 1;
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

            if (!item.LeadsStory)
            {
                continue;
            }

            ScopesOf(item, scopes);
            var weekday = (int)item.Day.DayOfWeek;
            foreach (var s in scopes)
            {
                Totals[s][day]++;
            }

            foreach (var phrase in item.Phrases)
            {
                foreach (var s in scopes)
                {
                    if (!_features.TryGetValue((s, phrase), out var f))
                    {
                        _features[(s, phrase)] = f = new FeatureCounts(s, phrase, WindowDays);
                    }

                    f.Add(day, weekday, HistoryDays, WindowDays, item.Id);
                }
            }
        }

        foreach (var f in _features.Values)
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
    public IEnumerable<FeatureCounts> Features => _features.Values;

    public DayOfWeek WeekdayOf(int day) => HistoryStart.AddDays(day).DayOfWeek;

    private void ScopesOf(RadarObservation item, List<int> scopes)
    {
        scopes.Clear();
        var kind = item.Kind == RadarSourceKind.News ? "news" : "requests";
        scopes.Add(ScopeId(kind + "/city"));
        if (!string.IsNullOrEmpty(item.Domain))
        {
            scopes.Add(ScopeId(kind + "/domain:" + item.Domain));
        }

        foreach (var d in item.Districts)
        {
            scopes.Add(ScopeId(kind + "/district:" + d));
        }
    }

    private int ScopeId(string name)
    {
        if (!_scopeIds.TryGetValue(name, out var id))
        {
            _scopeIds[name] = id = ScopeNames.Count;
            ScopeNames.Add(name);
            Totals.Add(new int[HistoryDays + WindowDays]);
        }

        return id;
    }
}
