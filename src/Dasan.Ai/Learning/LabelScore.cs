namespace Dasan.Ai.Learning;

/// <summary>A candidate label with its calibrated probability.</summary>
/// <param name="Label">The label.</param>
/// <param name="Probability">Calibrated probability in [0, 1]; over all labels they sum to 1.</param>
public sealed record LabelScore(string Label, double Probability);
