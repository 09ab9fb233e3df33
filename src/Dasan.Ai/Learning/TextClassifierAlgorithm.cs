namespace Dasan.Ai.Learning;

/// <summary>The ML.NET trainer behind <see cref="TextClassifierTrainer"/>; both give a linear model
/// per label whose weights Dasan scores itself. Measured against each other in ADR 0102.</summary>
public enum TextClassifierAlgorithm
{
    /// <summary>One-versus-all averaged perceptrons (ML.NET AveragedPerceptron, one per label).
    /// The default: the most accurate on the petitions at the same training time.</summary>
    AveragedPerceptron,

    /// <summary>Multinomial logistic regression trained by SDCA (ML.NET SdcaMaximumEntropy).</summary>
    MaximumEntropy,
}
