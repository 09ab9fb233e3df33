namespace Dasan.Core.Requests;

/// <summary>Input was rejected; <see cref="Errors"/> names each bad field. Maps to HTTP 400.</summary>
public sealed class RequestValidationException(IDictionary<string, string[]> errors)
    : Exception("Invalid request: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}
