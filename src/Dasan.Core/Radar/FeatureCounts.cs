namespace Dasan.Core.Radar;

/// <summary>Counts of one phrase in one scope: history by weekday, daily squares for dispersion, and the window day by day.</summary>
internal sealed class FeatureCounts(int scope, string phrase, int windowDays)
{
    private int _day = -1;
    private int _dayCount;

    public int Scope { get; } = scope;
    public string Phrase { get; } = phrase;
    public int[] HistoryByWeekday { get; } = new int[7];
    public int History { get; private set; }
    public double HistorySquares { get; private set; }
    public int Previous { get; private set; }
    public int[] Window { get; } = new int[windowDays];
    public List<long> Stories { get; } = [];
    public int WindowTotal { get; private set; }

    /// <summary>Adds one story on <paramref name="day"/> (index from the history start); days arrive in order.</summary>
    public void Add(int day, int weekday, int historyDays, int windowDays, long story)
    {
        if (day != _day)
        {
            Flush(historyDays);
            _day = day;
            _dayCount = 0;
        }

        _dayCount++;
        if (day < historyDays)
        {
            History++;
            HistoryByWeekday[weekday]++;
            if (day >= historyDays - windowDays)
            {
                Previous++;
            }
        }
        else
        {
            Window[day - historyDays]++;
            WindowTotal++;
            Stories.Add(story);
        }
    }

    /// <summary>Closes the last day (call once all items are in).</summary>
    public void Flush(int historyDays)
    {
        if (_day >= 0 && _day < historyDays)
        {
            HistorySquares += (double)_dayCount * _dayCount;
        }

        _dayCount = 0;
    }
}
