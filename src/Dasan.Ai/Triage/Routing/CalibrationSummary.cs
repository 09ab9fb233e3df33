namespace Dasan.Ai.Triage.Routing;

/// <summary>How the router was calibrated: held-out examples, their top-1 accuracy, the temperature and its log loss.</summary>
public sealed record CalibrationSummary(int HeldOutExamples, double HeldOutTop1, double Temperature, double LogLoss);
