namespace Dasan.Cli.Commands;

/// <summary>The options of one <c>dasan triage</c> run.</summary>
public sealed record TriageRun(FileInfo Input, FileInfo? Output, bool Eval, string? LabelField, string? SliceField);
