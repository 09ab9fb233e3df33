using Dasan.Core.Radar;

namespace Dasan.Core.Tests.Radar;

public sealed class BurstDetectorTests
{
    private static readonly BurstDetector Detector = new(new RadarOptions());

    [Fact]
    public void Detect_WhenPhraseBurstsOnOneDay_ReportsItFirstSeenThatDay()
    {
        var stream = new SyntheticStream(120);
        var burstDay = SyntheticStream.Start.AddDays(110);
        for (var d = 0; d < 120; d += 9)
        {
            stream.Add(SyntheticStream.Start.AddDays(d), ["싱크홀", "일반어1"]);
        }

        stream.Add(burstDay, ["싱크홀", "도로 함몰", "일반어2"], copies: 14);

        var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(106), SyntheticStream.Start.AddDays(112));

        var issue = Assert.Single(issues, i => i.Phrases.Contains("싱크홀"));
        Assert.Equal(burstDay, issue.FirstSeen);
        Assert.Contains("도로 함몰", issue.Phrases);
        var evidence = issue.Evidence.First(e => e.Phrase == "싱크홀" && e.Scope == "requests/city");
        Assert.True(evidence.Observed >= 15);
        Assert.True(evidence.Expected < 3);
        Assert.True(evidence.Surprise >= 3);
        Assert.Equal(IssueState.New, issue.State);
    }

    [Fact]
    public void Detect_WhenPhraseIsSteady_DoesNotReportIt()
    {
        var stream = new SyntheticStream(120);
        stream.Steady("미세먼지", 6);

        var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(106), SyntheticStream.Start.AddDays(112));

        Assert.DoesNotContain(issues, i => i.Phrases.Contains("미세먼지"));
    }

    [Fact]
    public void Detect_WhenPhraseFollowsWeeklyRhythm_DoesNotReportIt()
    {
        var stream = new SyntheticStream(120);
        for (var d = 0; d < 120; d++)
        {
            var day = SyntheticStream.Start.AddDays(d);
            if (day.DayOfWeek == DayOfWeek.Monday)
            {
                stream.Add(day, ["주간 점검", "점검"], copies: 12);
            }
        }

        foreach (var window in new[] { 100, 106, 113 })
        {
            var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(window), SyntheticStream.Start.AddDays(window + 6));
            Assert.DoesNotContain(issues, i => i.Phrases.Contains("점검"));
        }
    }

    [Fact]
    public void Detect_WhenBurstIsInOneDistrict_ReportsThatDistrict()
    {
        var stream = new SyntheticStream(120);
        string[] everywhere = ["강남구", "송파구", "종로구", "노원구", "관악구", "마포구"];
        for (var d = 0; d < 120; d++)
        {
            stream.Add(SyntheticStream.Start.AddDays(d), ["정전", "일반어3"], [everywhere[d % everywhere.Length]]);
        }

        stream.Add(SyntheticStream.Start.AddDays(109), ["정전", "일반어4"], ["마포구"], copies: 8);

        var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(106), SyntheticStream.Start.AddDays(112));

        var issue = Assert.Single(issues, i => i.Phrases.Contains("정전"));
        Assert.Equal(["마포구"], issue.Districts);
        Assert.Contains(issue.Evidence, e => e.Scope == "requests/district:마포구" && e.Phrase == "정전");
        Assert.DoesNotContain(issue.Evidence, e => e.Scope == "requests/district:강남구");
    }

    [Fact]
    public void Detect_WhenAFacetLiesInsideABiggerMatter_FoldsItIn()
    {
        var stream = new SyntheticStream(120);
        var day = SyntheticStream.Start.AddDays(109);
        stream.Add(day, ["번방", "처벌 촉구"], copies: 26);
        stream.Add(day, ["번방", "번방 사건", "신상 공개"], copies: 4);
        stream.Add(day, ["산불", "진화"], copies: 6);

        var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(106), SyntheticStream.Start.AddDays(112));

        var matter = Assert.Single(issues, i => i.Phrases.Contains("번방"));
        Assert.Contains("번방 사건", matter.Phrases);
        Assert.Equal(30, matter.Volume);
        Assert.DoesNotContain(issues, i => i != matter && i.Phrases.Contains("번방 사건"));
        Assert.Contains(issues, i => i.Phrases.Contains("산불") && !i.Phrases.Contains("번방"));
    }

    [Fact]
    public void Detect_WhenPhraseIsInEveryStory_DoesNotReportIt()
    {
        var stream = new SyntheticStream(120, 0, 0);
        for (var d = 0; d < 120; d++)
        {
            stream.Add(SyntheticStream.Start.AddDays(d), ["민원", "일반어" + (d % 7)], copies: 5);
        }

        var issues = Detector.Detect(stream.Items, SyntheticStream.Start.AddDays(106), SyntheticStream.Start.AddDays(112));

        Assert.DoesNotContain(issues, i => i.Phrases.Contains("민원"));
    }

    [Fact]
    public void Detect_WhenWindowEndsBeforeItStarts_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Detector.Detect([], new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1)));
        Assert.Contains("before it starts", ex.Message);
    }

    [Theory]
    [InlineData(5, 1.0, 1e9, 2.4365)]  // Poisson: P(X ≥ 5 | 1) = 0.00366
    [InlineData(10, 2.0, 1e9, 4.3326)] // Poisson: P(X ≥ 10 | 2) = 4.6e-5
    [InlineData(3, 1.0, 1.0, 0.9031)]  // geometric with mean 1: P(X ≥ 3) = 0.5³
    public void Surprise_WhenComparedWithClosedForms_Agrees(int observed, double mean, double size, double expected) =>
        Assert.Equal(expected, NegativeBinomialTail.Surprise(observed, mean, size), 2);

    [Fact]
    public void Surprise_WhenMoreDispersed_IsSmaller() =>
        Assert.True(NegativeBinomialTail.Surprise(10, 2, 0.5) < NegativeBinomialTail.Surprise(10, 2, 50));
}
