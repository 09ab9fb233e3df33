using Dasan.Core.Requests;

namespace Dasan.Web.Api;

/// <summary>Reads and checks the <c>Idempotency-Key</c> header.</summary>
public static class IdempotencyKey
{
    public static string? Read(HttpContext http)
    {
        var value = http.Request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Length <= 200 ? value.Trim()
            : throw RequestValidationException.For("Idempotency-Key", "200자 이내여야 합니다. (At most 200 characters.)");
    }
}
