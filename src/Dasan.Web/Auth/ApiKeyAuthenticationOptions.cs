using Microsoft.AspNetCore.Authentication;

namespace Dasan.Web.Auth;

/// <summary>Options of the API-key scheme (none beyond the defaults).</summary>
public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions;
