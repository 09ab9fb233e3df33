using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;
using Level = Dasan.Ai.Triage.Urgency.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

/// <summary>
/// A text written mostly in another script than Hangul is read by models trained on English sentences alone; a Korean text
/// by the models trained on the Korean writers, whom more English made rate more Korean everyday text critical (ADR 0108).
/// </summary>
public sealed class UrgencyForeignModelTests
{
    [Fact]
    public void ForeignRows_AreTheEnglishSentencesOfEveryWriterAndNoKoreanOnes()
    {
        var foreign = UrgencyModel.ForeignRows();
        Assert.NotEmpty(foreign);
        Assert.All(foreign, r => Assert.True(UrgencyModel.IsForeign(r.Text), r.Text));
        // The English writers' sentences are in, and only in, the foreign models' rows.
        Assert.True(foreign.Count > UrgencyModel.WrittenRows().Count(r => UrgencyModel.IsForeign(r.Text)) + 800);
        Assert.DoesNotContain(UrgencyModel.WrittenRows(), r => foreign.Count(f => f.Text == r.Text) == 0 && UrgencyModel.IsForeign(r.Text));
        Assert.Contains(foreign, r => r.Label == "critical");
        Assert.Contains(foreign, r => r.Label == "normal");
    }

    [Theory]
    [InlineData("Hello, my name is Aiko and I just moved to Mapo-gu", true)]
    [InlineData("안녕하세요 마포구에 새로 이사 온 Aiko입니다", false)]
    [InlineData("I'm at 신림동 반지하, the water is rising", true)]
    [InlineData("우리 동네 공원에 벤치 좀 더 놓아 주세요 https://naver.me/AbCdEfGhIj", false)]
    [InlineData("답변은 minsu.kim.seoul@example.com 으로 보내 주세요", false)]
    public void IsForeign_CountsLatinLettersAgainstHangulSyllables(string text, bool foreign) =>
        Assert.Equal(foreign, UrgencyModel.IsForeign(text));

    [Fact]
    public void Assess_ReadsEachTextWithTheModelsOfItsScript()
    {
        // The Korean models see danger in every text, the English ones in none: which decides shows in the level.
        var alarmed = Train(["아무 문장", "hello there", "다른 문장", "some words"], "critical", ["고요한 문장"]);
        var calm = Train(["hello there", "some words", "a quiet note"], "normal", ["zzzz qqqq"]);
        var classifier = new UrgencyClassifier(alarmed, calm);
        Assert.Equal(Level.Critical, classifier.Assess("구청 민원실 운영 시간이 궁금합니다 토요일에도 여나요").Level);
        Assert.Equal(Level.Normal, classifier.Assess("What are the opening hours of the ward office on Saturdays?").Level);
        Assert.Equal(Level.Critical, new UrgencyClassifier(alarmed).Assess("What are the opening hours of the ward office on Saturdays?").Level);
    }

    private static UrgencyScorer Train(string[] texts, string label, string[] others)
    {
        var other = label == "critical" ? "normal" : "critical";
        var rows = texts.Select(t => new LabeledText(t, label)).Concat(others.Select(t => new LabeledText(t, other)))
            .Append(new LabeledText("보도블록 파손", "high")).Append(new LabeledText("broken pavement", "high")).ToList();
        return UrgencyModel.Train(rows)!;
    }
}
