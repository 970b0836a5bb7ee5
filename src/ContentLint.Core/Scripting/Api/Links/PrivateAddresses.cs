using System.Globalization;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>
/// Addresses that only mean something inside a network: private IPv4 ranges (RFC 1918), loopback,
/// link-local, their IPv6 counterparts, <c>localhost</c> and the names private networks use
/// (<c>.local</c>, <c>.internal</c>, <c>.corp</c>, <c>.lan</c>, <c>.intranet</c>, <c>.localdomain</c>, <c>.home.arpa</c>).
/// </summary>
public static class PrivateAddresses
{
    /// <summary>The reason given for <c>localhost</c> and its subdomains.</summary>
    public const string Localhost = "localhost";

    /// <summary>The reason given for 127.0.0.0/8 and <c>[::1]</c>.</summary>
    public const string Loopback = "loopback address";

    private static readonly string[] InternalSuffixes = [".local", ".internal", ".corp", ".lan", ".intranet", ".localdomain", ".home.arpa"];

    /// <summary>Why <paramref name="host"/> is internal, or null when it is not.</summary>
    public static string? Classify(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        if (name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return Localhost;
        }

        if (TryParseIPv4(name, out var a, out var b))
        {
            return a switch
            {
                10 => "private network 10.0.0.0/8",
                172 when b is >= 16 and <= 31 => "private network 172.16.0.0/12",
                192 when b == 168 => "private network 192.168.0.0/16",
                127 => Loopback,
                169 when b == 254 => "link-local address",
                _ => null,
            };
        }

        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            var v6 = name[1..^1];
            return v6 == "::1" ? Loopback
                : v6.StartsWith("fc", StringComparison.Ordinal) || v6.StartsWith("fd", StringComparison.Ordinal) ? "private IPv6 network fc00::/7"
                : v6.StartsWith("fe8", StringComparison.Ordinal) || v6.StartsWith("fe9", StringComparison.Ordinal) || v6.StartsWith("fea", StringComparison.Ordinal) || v6.StartsWith("feb", StringComparison.Ordinal) ? "link-local address"
                : null;
        }

        var suffix = InternalSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        return suffix is null ? null : $"internal domain {suffix}";
    }

    /// <summary>True when <paramref name="value"/> is a dotted IPv4 address; its first two bytes.</summary>
    public static bool TryParseIPv4(string value, out int first, out int second)
    {
        first = second = -1;
        var parts = value.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit) || int.Parse(p, CultureInfo.InvariantCulture) > 255))
        {
            return false;
        }

        first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        second = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return true;
    }
}
