using CaseManagement.Core.Administration;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseManagement.Web.Security;

/// <summary>Which reverse proxies may tell us the client's address (X-Forwarded-For) and scheme: only those listed in
/// CaseManagement:TrustedProxies (addresses or CIDRs). ASP.NET Core's built-in loopback default is cleared, so what is
/// configured is exactly what is trusted; a header from anyone else is ignored.</summary>
internal static class TrustedProxies
{
    public static void Configure(ForwardedHeadersOptions o, IConfiguration config)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.KnownProxies.Clear();
        o.KnownIPNetworks.Clear();
        foreach (var entry in config.GetSection("CaseManagement:TrustedProxies").Get<string[]>() ?? [])
        {
            if (!StaffIpRanges.TryParse(entry, out var network))
            {
                throw new InvalidOperationException($"CaseManagement:TrustedProxies: '{entry}' is not an IP address or CIDR");
            }

            o.KnownIPNetworks.Add(network);
        }

        // One proxy (nginx) in front: take its last hop only, never an address the client wrote itself.
        o.ForwardLimit = 1;
    }
}
