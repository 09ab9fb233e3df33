namespace Dasan.Core.Programme.Training;

/// <summary>An import line that was not taken, with the reason naming the field.</summary>
public sealed record RejectedLine(int Line, string Error, string Raw);
