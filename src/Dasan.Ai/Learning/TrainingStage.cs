namespace Dasan.Ai.Learning;

/// <summary>The stages of <see cref="TextClassifierTrainer.Train"/>, in order.</summary>
public enum TrainingStage
{
    /// <summary>Tokenising the texts and building the feature vocabulary.</summary>
    Featurizing,

    /// <summary>Fitting the ML.NET model on the training part.</summary>
    Fitting,

    /// <summary>Tuning label biases and the temperature on the held-out part.</summary>
    Calibrating,

    /// <summary>Done.</summary>
    Completed,
}
