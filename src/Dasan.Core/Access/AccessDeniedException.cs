namespace Dasan.Core.Access;

/// <summary>The actor may not see or change the object. Maps to HTTP 403 (or 404 to hide existence).</summary>
public sealed class AccessDeniedException(string message) : Exception(message);
