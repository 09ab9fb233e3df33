using Dasan.Ai.Triage.Summary;

namespace Dasan.Ai.Tests.Triage.Summary;

public sealed class ExtractiveSummarizerTests
{
    private const string BusComplaint =
        "안녕하세요. 항상 수고 많으십니다.\n" +
        "저는 마포구 성산동에 사는 주민입니다. 매일 아침 7시 30분쯤 월드컵경기장역 앞 정류장에서 7011번 버스를 타고 출근합니다.\n" +
        "그런데 최근 한 달 동안 7011번 버스가 배차 간격을 지키지 않고 20분 넘게 오지 않는 날이 많습니다. " +
        "어제는 버스 세 대가 한꺼번에 몰려와서 앞차만 만원이고 뒤차는 텅 빈 채 지나갔어요. " +
        "버스정보 안내기에는 3.5분 후 도착이라고 나오는데 실제로는 15분 뒤에야 버스가 왔습니다. " +
        "출근 시간에 7011번 버스 배차 간격을 제대로 관리해 주시고 안내기 정보도 점검해 주세요. " +
        "날씨가 추워지면 정류장에서 오래 기다리기가 더 힘들어요.\n" +
        "바쁘시겠지만 빠른 답변 부탁드립니다. 감사합니다. 수고하세요!";

    private static readonly ExtractiveSummarizer Summarizer = new();

    [Fact]
    public void Summarize_WhenTextIsShorterThanMaxChars_ReturnsItAsItIs()
    {
        const string text = "가로등이 꺼졌어요. 고쳐 주세요.";

        var summary = Summarizer.Summarize(text);

        Assert.Equal(text, summary.Text);
        Assert.Equal(2, summary.Sentences.Count);
    }

    [Fact]
    public void Summarize_WhenLongRequest_KeepsTheComplaintAndDropsGreetings()
    {
        var summary = Summarizer.Summarize(BusComplaint, maxSentences: 3, maxChars: 200);

        Assert.InRange(summary.Sentences.Count, 1, 3);
        Assert.True(summary.Text.Length <= 200);
        Assert.Contains("7011번", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("안녕하세요", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("수고하세요", summary.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("감사합니다", summary.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_WhenLongRequest_KeepsOriginalOrderAndValidSpans()
    {
        var summary = Summarizer.Summarize(BusComplaint, maxSentences: 3, maxChars: 250);

        var starts = summary.Sentences.Select(s => s.Start).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(summary.Sentences, s => Assert.Equal(s.Text, BusComplaint.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Summarize_WhenSentenceHasADecimalNumber_DoesNotSplitInsideIt()
    {
        var summary = Summarizer.Summarize(BusComplaint, maxSentences: 10, maxChars: 10_000);

        Assert.Contains(summary.Sentences, s => s.Text.Contains("3.5분 후 도착", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_WhenSentencesLackPunctuation_SplitsAfterPoliteEndings()
    {
        var text = string.Join(' ', Enumerable.Repeat("우리 아파트 앞 도로에 불법 주차가 너무 많아요 소방차가 못 들어올까 걱정돼요 단속해 주세요", 4));

        var summary = Summarizer.Summarize(text, maxSentences: 2, maxChars: 60);

        Assert.Equal(2, summary.Sentences.Count);
        Assert.All(summary.Sentences, s => Assert.EndsWith("요", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_WhenOneSentenceExceedsMaxChars_CutsTheBestSentence()
    {
        var text = "도로 " + string.Concat(Enumerable.Repeat("포장이 깨지고 ", 40)) + "있어요.";

        var summary = Summarizer.Summarize(text, maxSentences: 3, maxChars: 50);

        Assert.Equal(50, summary.Text.Length);
        Assert.EndsWith("…", summary.Text, StringComparison.Ordinal);
    }
}
