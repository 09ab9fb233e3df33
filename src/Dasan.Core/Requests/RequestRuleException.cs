namespace Dasan.Core.Requests;

/// <summary>A workflow rule was broken (e.g. answering a closed request). Maps to HTTP 409.</summary>
public sealed class RequestRuleException(string message) : Exception(message);
