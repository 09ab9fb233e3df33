namespace Dasan.Core.Requests;

/// <summary>No such request, or none the caller may see (the two are not told apart). Maps to HTTP 404.</summary>
public sealed class RequestNotFoundException(string id) : Exception($"Request {id} was not found.");
