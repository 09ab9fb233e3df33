namespace Dasan.Ai.Learning;

/// <summary>The ML.NET trainer behind <see cref="TextClassifierTrainer"/>; both give a linear model
/// per label whose weights Dasan scores itself. Measured against each other in ADR 0102.</summary>
public enum TextClassifierAlgorithm
{
    /// <summary>Multinomial logistic regression trained by SDCA (ML.NET SdcaMaximumEntropy). The
    /// default: its scores share one scale, so label biases and one temperature calibrate them well.</summary>
    MaximumEntropy,

    /// <summary>One-versus-all averaged perceptrons (ML.NET AveragedPerceptron, one per label). Its
    /// raw margins are on a different scale per label, which costs accuracy without per-label calibration.</summary>
    AveragedPerceptron,
}
