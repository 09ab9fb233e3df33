namespace Dasan.Core.Programme.Training;

/// <summary>A bad import line; the message names the field.</summary>
public sealed class ImportLineException(string field, string message) : Exception($"{field}: {message}");
