namespace Dasan.Core.Programme.Training;

/// <summary>A level certificate held at a moment: every module it needs has a valid completion until <see cref="ValidUntil"/>.</summary>
public sealed record Certificate(string Level, DateTime ValidUntil);
