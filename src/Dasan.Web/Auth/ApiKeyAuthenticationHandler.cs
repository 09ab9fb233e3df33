using System.Text.Encodings.Web;
using Dasan.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dasan.Web.Auth;

/// <summary>Authenticates <c>X-Api-Key: KEY</c> or <c>Authorization: Bearer KEY</c> against the hashed keys.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, DasanDbContext db, ApiKeyCache keys)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    public static string? ReadKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = ReadKey(Request);
        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var principal = await keys.AuthenticateAsync(db, key, Context.RequestAborted);
        return principal is null
            ? AuthenticateResult.Fail("Unknown or revoked API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Errors.ProblemWriter.WriteAsync(Context, 401, "API 키가 필요합니다. X-Api-Key 헤더로 보내 주세요. (A valid API key is required in X-Api-Key.)", Context.RequestAborted);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Errors.ProblemWriter.WriteAsync(Context, 403, "이 API 키로는 할 수 없는 작업입니다. (This API key may not do that.)", Context.RequestAborted);
}
