namespace Dasan.Ai.Learning.Registry;

/// <summary>No such model or version (or a malformed reference); a user error with a message saying which.</summary>
public sealed class ModelNotFoundException(string message) : Exception(message);
