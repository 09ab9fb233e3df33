namespace Dasan.Ai.Tests.Triage.Urgency;

using Level = Dasan.Ai.Triage.Urgency.Urgency;

/// <summary>Per-class precision and recall and overall accuracy of (gold, predicted) pairs.</summary>
internal sealed class UrgencyScore(IReadOnlyList<(Level Gold, Level Predicted)> pairs)
{
    public double Accuracy => pairs.Count(p => p.Gold == p.Predicted) / (double)pairs.Count;

    public double Precision(Level level)
    {
        var predicted = pairs.Count(p => p.Predicted == level);
        return predicted == 0 ? 1 : pairs.Count(p => p.Predicted == level && p.Gold == level) / (double)predicted;
    }

    public double Recall(Level level)
    {
        var gold = pairs.Count(p => p.Gold == level);
        return gold == 0 ? 1 : pairs.Count(p => p.Predicted == level && p.Gold == level) / (double)gold;
    }
}
