using Dasan.Core.Programme;

namespace Dasan.Web.Tests.Programme;

/// <summary>Fixed training figures standing in for the curriculum feature, which is built on another branch.</summary>
public sealed class FakeTrainingSummary : IStaffTrainingSummary
{
    public Task<IReadOnlyList<BureauTrainingFigures>> SummariseAsync(DateTime asOfUtc, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<BureauTrainingFigures>>(
        [
            new("교통실", 200, 150, new Dictionary<string, int> { ["L0"] = 150, ["L1"] = 40, ["L2-1"] = 6 }, 10, 8),
            new("복지실", 100, 50, new Dictionary<string, int> { ["L0"] = 50, ["L1"] = 10 }, 0, 0),
        ]);
}
