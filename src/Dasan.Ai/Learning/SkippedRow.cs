namespace Dasan.Ai.Learning;

/// <summary>A row left out of the data, with its line number (1-based, header included) and why.</summary>
public sealed record SkippedRow(int Line, string Reason);
