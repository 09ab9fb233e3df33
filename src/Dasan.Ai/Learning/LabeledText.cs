namespace Dasan.Ai.Learning;

/// <summary>One training or evaluation example: a text and the label a person gave it.</summary>
/// <param name="Text">The text to classify (a title, a request body).</param>
/// <param name="Label">The label, exactly as it should come back from prediction.</param>
public sealed record LabeledText(string Text, string Label);
