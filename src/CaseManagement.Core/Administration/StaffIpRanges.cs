using System.Net;

namespace CaseManagement.Core.Administration;

/// <summary>Reading and matching the staff IP allowlist: one notation for the admin page, the validator and the
/// request check, so what an admin saves is exactly what is enforced.</summary>
public static class StaffIpRanges
{
    /// <summary>Reads "192.0.2.0/24", "2001:db8::/32" or a single address (taken as /32 or /128).</summary>
    public static bool TryParse(string? text, out IPNetwork network)
    {
        network = default;
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            return false;
        }

        if (!s.Contains('/', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(s, out var single))
            {
                return false;
            }

            single = Normalise(single);
            network = new IPNetwork(single, single.GetAddressBytes().Length * 8);
            return true;
        }

        // IPNetwork quietly clears host bits (192.0.2.5/24 becomes 192.0.2.0/24); an admin who wrote a host address
        // with a prefix may have meant something else, so only the network's own address is accepted.
        return IPNetwork.TryParse(s, out network) && IPAddress.TryParse(s[..s.IndexOf('/', StringComparison.Ordinal)], out var written)
            && network.BaseAddress.Equals(written);
    }

    /// <summary>An empty list allows every address; otherwise the address must fall in one of the networks.</summary>
    public static bool Allows(IReadOnlyCollection<IPNetwork> allowlist, IPAddress? address) =>
        allowlist.Count == 0 || (address is not null && allowlist.Any(n => n.Contains(Normalise(address))));

    // Kestrel on a dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; the admin writes a.b.c.d.
    private static IPAddress Normalise(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
