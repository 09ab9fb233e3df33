using System.Globalization;
using System.Threading.RateLimiting;
using Dasan.Web.Auth;
using Dasan.Web.Errors;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using OpenTelemetry.Metrics;

namespace Dasan.Web.Hosting;

/// <summary>Web-only services: authentication, rate limits, errors, localisation, pages and metrics.</summary>
public static class WebRegistration
{
    public const string PublicLimit = "public";
    public const string ApiLimit = "api";

    public static IServiceCollection AddDasanWeb(this IServiceCollection services, WebOptions web)
    {
        services.AddProblemDetails();
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<Api.RequestActions>();
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        Challenges.StartupAuth.AddCookie(authentication);
        authentication
            .AddCookie(o =>
            {
                o.LoginPath = "/staff/login";
                o.AccessDeniedPath = "/staff/denied";
                o.Cookie.Name = "dasan.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnValidatePrincipal = Auth.StaffSessionValidator.ValidateAsync;
            })
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        services.AddSingleton<ApiKeyCache>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireClaim(DasanClaims.Role))
            .AddPolicy(Policies.Admin, p => p.RequireClaim(DasanClaims.Role, "Admin"))
            .AddPolicy(Policies.CityWide, p => p.RequireClaim(DasanClaims.Role, "Admin", "Supervisor"))
            .AddPolicy(Challenges.StartupAuth.Policy, p => p.AddAuthenticationSchemes(Challenges.StartupAuth.Scheme).RequireClaim(Challenges.StartupAuth.IdClaim))
            .AddPolicy(Policies.Api, p => p.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) => await ProblemWriter.WriteAsync(ctx.HttpContext, 429, "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요. (Too many requests.)", ct);
            o.AddPolicy(PublicLimit, ctx => Partition(ctx, "public:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"), web.PublicPermitsPerMinute));
            // Runs after authorization (DasanServer), so the API key is known: one bucket per key, not per address.
            o.AddPolicy(ApiLimit, ctx => Partition(ctx,
                ctx.User.FindFirst(Auth.DasanClaims.ApiKeyId)?.Value is { } key ? "key:" + key
                    : ctx.User.FindFirst(Auth.DasanClaims.UserId)?.Value is { } user ? "user:" + user
                    : "ip:" + (ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                web.ApiPermitsPerMinute));
        });
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            CultureInfo[] cultures = [new("ko"), new("en")];
            o.DefaultRequestCulture = new RequestCulture("ko");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
        })
            .AddViewLocalization()
            .ConfigureApplicationPartManager(m =>
            {
                var assembly = typeof(DasanServer).Assembly;
                if (!m.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    m.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            });
        services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter(DasanMetrics.MeterName)
            .AddPrometheusExporter());
        services.AddSingleton<DasanMetrics>();
        return services;
    }

    /// <summary>
    /// A fixed one-minute window per partition: counted in the database on PostgreSQL, where several nodes share it
    /// (issue 16, <c>Dasan:Web:SharedRateLimits</c>, default on for PostgreSQL), in memory on SQLite (one node).
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext ctx, string key, int permits)
    {
        var sp = ctx.RequestServices;
        var shared = sp.GetRequiredService<IConfiguration>().GetValue<bool?>("Dasan:Web:SharedRateLimits")
            ?? sp.GetRequiredService<Dasan.Storage.DatabaseOptions>().Provider.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
        return shared
            ? RateLimitPartition.Get(key, k => new SharedWindowLimiter(k, permits, TimeSpan.FromMinutes(1), sp.GetRequiredService<IServiceScopeFactory>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger<SharedWindowLimiter>()))
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
    }
}
