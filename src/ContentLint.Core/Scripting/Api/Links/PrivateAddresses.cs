using System.Globalization;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>
/// Addresses that only mean something inside a network: private IPv4 ranges (RFC 1918), loopback,
/// link-local, their IPv6 counterparts, <c>localhost</c> and the names private networks use
/// (<c>.local</c>, <c>.internal</c>, <c>.corp</c>, <c>.lan</c>, <c>.intranet</c>, <c>.localdomain</c>, <c>.home.arpa</c>).
/// </summary>
public static class PrivateAddresses
{
    /// <summary>The reason given for <c>localhost</c> and its subdomains.</summary>
    public static readonly LocalizedString Localhost = new("localhost", "localhost");

    /// <summary>The reason given for 127.0.0.0/8 and <c>[::1]</c>.</summary>
    public static readonly LocalizedString Loopback = new("loopback address", "adresse de bouclage");

    private static readonly LocalizedString LinkLocal = new("link-local address", "adresse lien-local");

    private static readonly string[] InternalSuffixes = [".local", ".internal", ".corp", ".lan", ".intranet", ".localdomain", ".home.arpa"];

    /// <summary>Why <paramref name="host"/> is internal, in English and French, or null when it is not.</summary>
    public static LocalizedString? Classify(string host)
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
                10 => PrivateNetwork("10.0.0.0/8"),
                172 when b is >= 16 and <= 31 => PrivateNetwork("172.16.0.0/12"),
                192 when b == 168 => PrivateNetwork("192.168.0.0/16"),
                127 => Loopback,
                169 when b == 254 => LinkLocal,
                _ => null,
            };
        }

        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            var v6 = name[1..^1];
            return v6 == "::1" ? Loopback
                : v6.StartsWith("fc", StringComparison.Ordinal) || v6.StartsWith("fd", StringComparison.Ordinal) ? new LocalizedString("private IPv6 network fc00::/7", "réseau IPv6 privé fc00::/7")
                : v6.StartsWith("fe8", StringComparison.Ordinal) || v6.StartsWith("fe9", StringComparison.Ordinal) || v6.StartsWith("fea", StringComparison.Ordinal) || v6.StartsWith("feb", StringComparison.Ordinal) ? LinkLocal
                : null;
        }

        var suffix = InternalSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        return suffix is null ? null : new LocalizedString($"internal domain {suffix}", $"domaine interne {suffix}");
    }

    private static LocalizedString PrivateNetwork(string range) => new($"private network {range}", $"réseau privé {range}");

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
