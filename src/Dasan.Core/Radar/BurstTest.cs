namespace Dasan.Core.Radar;

/// <summary>
/// The statistical test of ADR 0302: the window's stories with a phrase against the count expected from the
/// phrase's share of its scope's stories in the history, per weekday (shrunk towards the all-days share) and
/// scaled by each day's volume of the other stories (so a burst does not raise its own baseline; phrases in half
/// the stories or more are scaled by the whole volume); the tail probability is negative-binomial with a dispersion estimated from the
/// phrase's daily history counts.
/// </summary>
internal sealed class BurstTest(FeatureTable table, RadarOptions options)
{
    private const double WeekdayShrink = 0.3;
    private const double DefaultDispersion = 10;
    private const double MaxShare = 0.5;
    private readonly Dictionary<int, double[]> _weekdayTotals = [];

    public FiredFeature? Test(FeatureCounts f)
    {
        var isDistrict = table.ScopeNames[f.Scope].Contains("/district:", StringComparison.Ordinal);
        if (f.WindowTotal < (isDistrict ? options.MinDistrictSupport : options.MinSupport))
        {
            return null;
        }

        var totals = table.Totals[f.Scope];
        var shares = Shares(f);
        var expected = 0.0;
        var daily = new double[table.WindowDays];
        for (var t = 0; t < table.WindowDays; t++)
        {
            var day = table.HistoryDays + t;
            var share = shares[(int)table.WeekdayOf(day)];
            daily[t] = share < MaxShare ? (totals[day] - f.Window[t]) * share / (1 - share) : totals[day] * share;
            expected += daily[t];
        }

        if (f.WindowTotal < options.MinRatio * expected)
        {
            return null;
        }

        var k = Dispersion(f);
        var surprise = NegativeBinomialTail.Surprise(f.WindowTotal, expected, k * table.WindowDays);
        if (surprise < options.MinSurprise)
        {
            return null;
        }

        var evidence = new IssueEvidence(f.Phrase, table.ScopeNames[f.Scope], f.WindowTotal, Math.Round(expected, 2), Math.Round(surprise, 2), Math.Round(k, 2), f.History);
        return new FiredFeature(f, evidence, Onset(f, daily, k), State(f, shares, totals));
    }

    private double[] Shares(FeatureCounts f)
    {
        var byWeekday = WeekdayTotals(f.Scope);
        var all = byWeekday.Sum();
        var overall = (f.History + 0.5) / (all + 1);
        var shares = new double[7];
        for (var w = 0; w < 7; w++)
        {
            var pseudo = Math.Max(1, WeekdayShrink * byWeekday[w]);
            shares[w] = (f.HistoryByWeekday[w] + (pseudo * overall)) / (byWeekday[w] + pseudo);
        }

        return shares;
    }

    private double[] WeekdayTotals(int scope)
    {
        if (_weekdayTotals.TryGetValue(scope, out var cached))
        {
            return cached;
        }

        var byWeekday = new double[7];
        var totals = table.Totals[scope];
        for (var day = 0; day < table.HistoryDays; day++)
        {
            byWeekday[(int)table.WeekdayOf(day)] += totals[day];
        }

        return _weekdayTotals[scope] = byWeekday;
    }

    // Method of moments on the daily history counts: Var = μ + μ²/k.
    private double Dispersion(FeatureCounts f)
    {
        if (f.History < 10 || table.HistoryDays == 0)
        {
            return DefaultDispersion;
        }

        var mean = (double)f.History / table.HistoryDays;
        var variance = (f.HistorySquares / table.HistoryDays) - (mean * mean);
        return variance <= mean ? 50 : Math.Clamp(mean * mean / (variance - mean), 0.3, 50);
    }

    private static int Onset(FeatureCounts f, double[] daily, double k)
    {
        for (var t = 0; t < daily.Length; t++)
        {
            if (f.Window[t] >= 2 && NegativeBinomialTail.Surprise(f.Window[t], daily[t], k) >= 2)
            {
                return t;
            }
        }

        return Array.FindIndex(f.Window, c => c > 0);
    }

    private IssueState State(FeatureCounts f, double[] shares, int[] totals)
    {
        var n = table.WindowDays;
        if (n >= 4)
        {
            var firstHalf = f.Window.Take(n / 2).Sum();
            var secondHalf = f.Window.Skip(n - (n / 2)).Sum();
            if (secondHalf < 0.5 * firstHalf)
            {
                return IssueState.Fading;
            }
        }

        var previousExpected = 0.0;
        for (var day = Math.Max(0, table.HistoryDays - n); day < table.HistoryDays; day++)
        {
            previousExpected += totals[day] * shares[(int)table.WeekdayOf(day)];
        }

        var previousFired = f.Previous >= options.MinSupport && f.Previous >= options.MinRatio * previousExpected;
        return previousFired ? IssueState.Continuing : IssueState.New;
    }
}
