using Dasan.Core.Radar;

namespace Dasan.Core.Tests.Radar;

/// <summary>A seeded synthetic stream: background stories with common phrases and random districts, plus planted patterns.</summary>
internal sealed class SyntheticStream
{
    public static readonly DateOnly Start = new(2024, 1, 1);
    private static readonly string[] Districts = ["강남구", "마포구", "송파구", "종로구", "노원구", "관악구"];
    private readonly Random _random = new(20240101);
    private readonly List<RadarObservation> _items = [];
    private long _nextId = 1;

    public SyntheticStream(int days, int weekdayStories = 40, int weekendStories = 20)
    {
        Days = days;
        for (var d = 0; d < days; d++)
        {
            var day = Start.AddDays(d);
            var n = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? weekendStories : weekdayStories;
            for (var i = 0; i < n; i++)
            {
                var phrases = Enumerable.Range(0, 3).Select(_ => "일반어" + Zipf(200)).Distinct().ToArray();
                Add(day, phrases, _random.Next(4) == 0 ? [Districts[_random.Next(Districts.Length)]] : []);
            }
        }
    }

    public int Days { get; }

    public IReadOnlyList<RadarObservation> Items => _items.OrderBy(i => i.Day).ThenBy(i => i.Id).ToList();

    public void Add(DateOnly day, string[] phrases, string[]? districts = null, int copies = 1, string domain = "transport")
    {
        for (var c = 0; c < copies; c++)
        {
            var id = _nextId++;
            _items.Add(new RadarObservation(id, day, RadarSourceKind.Request, domain, districts ?? [], ["transport-policy"], phrases, id, "test", string.Join(' ', phrases)));
        }
    }

    /// <summary>Adds <paramref name="phrase"/> to <paramref name="perDay"/> stories every day (Poisson-like jitter ±1).</summary>
    public void Steady(string phrase, int perDay)
    {
        for (var d = 0; d < Days; d++)
        {
            Add(Start.AddDays(d), [phrase, "일반어" + Zipf(200)], copies: Math.Max(0, perDay + _random.Next(3) - 1));
        }
    }

    private int Zipf(int n) => (int)Math.Floor(Math.Pow(n, _random.NextDouble()));
}
