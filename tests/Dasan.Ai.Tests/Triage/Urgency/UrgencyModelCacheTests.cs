using Dasan.Ai.Learning;
using Dasan.Ai.Triage.Urgency;

namespace Dasan.Ai.Tests.Triage.Urgency;

public sealed class UrgencyModelCacheTests
{
    private static readonly IReadOnlyList<LabeledText> Rows =
    [
        new("사람이 쓰러졌어요 숨을 안 쉬어요", "critical"), new("건물에서 불이 나고 연기가 많이 나요", "critical"),
        new("가스 냄새가 심하게 나요 머리가 아파요", "critical"), new("도로가 꺼져서 구멍이 생겼어요", "critical"),
        new("보도블록이 깨져서 걸려 넘어질 뻔했어요", "high"), new("신호등이 고장 나서 깜빡이지 않아요", "high"),
        new("공원 벤치 페인트가 벗겨졌어요", "normal"), new("한양도성 성곽에 낙서가 있어요", "normal"),
        new("불조심 캠페인 포스터가 찢어졌어요", "normal"), new("화재보험 안내문을 다시 받고 싶어요", "normal"),
    ];

    private static readonly string[] Sentences = ["사람이 쓰러졌어요", "낙서 지워 주세요", "가스냄새 나요ㅠㅠ", "🚒 불이야"];

    [Fact]
    public void LoadOrTrain_WhenTheFolderHoldsTheModels_ReadsThemAndScoresExactlyAsTheTrainedOnes()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-urgency-cache-").FullName;
        var trainings = 0;
        UrgencyScorer? Counted(IReadOnlyList<LabeledText> rows)
        {
            trainings++;
            return Train(rows);
        }

        var (first, trained) = UrgencyModelCache.LoadOrTrain(dir, Rows, Counted);
        Assert.True(trained);
        Assert.Equal(2, Directory.GetFiles(dir, "urgency-*").Length); // the linear and the subword model, no temporary file left

        var (second, trainedAgain) = UrgencyModelCache.LoadOrTrain(dir, Rows, Counted);
        Assert.False(trainedAgain);
        Assert.Equal(1, trainings);
        foreach (var text in Sentences)
        {
            Assert.Equal(Linear(first!, text), Linear(second!, text));
            Assert.Equal(first!.Subword!.Probability(text, "critical"), second!.Subword!.Probability(text, "critical"));
        }

        // Other sentences are another model: trained anew, beside the first.
        var (_, trainedForOthers) = UrgencyModelCache.LoadOrTrain(dir, Rows.Skip(1).ToList(), Counted);
        Assert.True(trainedForOthers);
        Assert.Equal(4, Directory.GetFiles(dir, "urgency-*").Length);
        Directory.Delete(dir, recursive: true);
    }

    private static UrgencyScorer? Train(IReadOnlyList<LabeledText> rows) => UrgencyModel.Train(rows);

    private static double[] Linear(UrgencyScorer scorer, string text)
    {
        var probabilities = new double[scorer.Linear.Labels.Count];
        scorer.Linear.PredictProbabilities(text, probabilities);
        return probabilities;
    }

    [Fact]
    public void LoadOrTrain_WhenACachedModelIsDamaged_TrainsAgainAndRewritesIt()
    {
        var dir = Directory.CreateTempSubdirectory("dasan-urgency-cache-").FullName;
        UrgencyModelCache.LoadOrTrain(dir, Rows, Train);
        var subword = Directory.GetFiles(dir, "urgency-*.subword.bin").Single();
        File.WriteAllBytes(subword, File.ReadAllBytes(subword)[..100]);
        var messages = new List<string>();

        var (scorer, trained) = UrgencyModelCache.LoadOrTrain(dir, Rows, Train, messages.Add);

        Assert.True(trained);
        Assert.NotNull(scorer);
        Assert.Contains("unreadable", Assert.Single(messages), StringComparison.Ordinal);
        Assert.False(UrgencyModelCache.LoadOrTrain(dir, Rows, Train).Trained);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void LoadOrTrain_WhenTheFolderCannotBeWritten_KeepsTheTrainedModelsAndSaysSo()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("dasan-urgency-cache-").FullName, "not-a-folder");
        File.WriteAllText(file, "");
        var messages = new List<string>();

        var (scorer, trained) = UrgencyModelCache.LoadOrTrain(Path.Combine(file, "models"), Rows, Train, messages.Add);

        Assert.True(trained);
        Assert.NotNull(scorer);
        Assert.Contains("could not be written", Assert.Single(messages), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }
}
