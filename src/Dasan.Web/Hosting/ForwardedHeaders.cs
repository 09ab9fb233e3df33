using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dasan.Web.Hosting;

/// <summary>Forwarded-header handling for <see cref="WebOptions.KnownProxies"/> only (issue 15): no defaults, not even loopback.</summary>
public static class ForwardedHeaders
{
    /// <summary>The options, or null when no proxy is configured (the headers are then ignored).</summary>
    public static ForwardedHeadersOptions? For(WebOptions web)
    {
        if (web.KnownProxies.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            ForwardLimit = 1,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in web.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var ip) ? ip
                : throw new InvalidOperationException($"Dasan:Web:KnownProxies holds '{proxy}', which is not an IP address."));
        }

        return options;
    }
}
