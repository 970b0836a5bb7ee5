using System.Text.RegularExpressions;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's <c>isValidUrl</c> (RFC 3986-based validation of a whole string, with Unicode
/// domains), used to check one URL a user typed, e.g. in configuration; counting uses the extractor.
/// The patterns are twitter-text's, with JavaScript's case-insensitive <c>[a-z]</c> written out.
/// </summary>
public static class TwitterUrlValidator
{
    private const string Unreserved = @"[a-zA-Z\u0400-\u04FF0-9\-._~]";
    private const string PctEncoded = "(?:%[0-9a-fA-F]{2})";
    private const string SubDelims = "[!$&'()*+,;=]";
    private const string Pchar = "(?:" + Unreserved + "|" + PctEncoded + "|" + SubDelims + "|[:|@])";
    private const string NonAscii = @"[^\u0000-\u007f]";
    private const string DecOctet = "(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))";
    private const string Ip = @"(?:(?:" + DecOctet + @"(?:\." + DecOctet + @"){3})|(?:\[[a-fA-F0-9:\.]+\]))";
    private const string SubDomainSegment = "(?:(?:[a-zA-Z0-9]|" + NonAscii + @")(?:(?:[a-zA-Z0-9_\-]|" + NonAscii + ")*(?:[a-zA-Z0-9]|" + NonAscii + "))?)";
    private const string DomainSegment = "(?:(?:[a-zA-Z0-9]|" + NonAscii + @")(?:(?:[a-zA-Z0-9\-]|" + NonAscii + ")*(?:[a-zA-Z0-9]|" + NonAscii + "))?)";
    private const string DomainTld = "(?:(?:[a-zA-Z]|" + NonAscii + @")(?:(?:[a-zA-Z0-9\-]|" + NonAscii + ")*(?:[a-zA-Z0-9]|" + NonAscii + "))?)";
    private const string UnicodeDomain = "(?:(?:" + SubDomainSegment + @"\.)*(?:" + DomainSegment + @"\.)" + DomainTld + ")";
    private const string Userinfo = "(?:" + Unreserved + "|" + PctEncoded + "|" + SubDelims + "|:)*";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Unencoded = new(
        @"^(?:([^:/?#]+):\/\/)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([^\n\r\u2028\u2029]*))?\z", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Scheme = new("(?:[a-zA-Z][a-zA-Z0-9+\\-.]*)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Path = new(@"(\/" + Pchar + "*)*", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex QueryOrFragment = new("(" + Pchar + @"|\/|\?)*", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Authority = new(
        "(?:(" + Userinfo + ")@)?((?:" + Ip + "|" + UnicodeDomain + "))(?::([0-9]{1,5}))?", RegexOptions.CultureInvariant, Timeout);

    /// <summary>True when <paramref name="url"/> is a valid URL for twitter-text.</summary>
    /// <param name="url">The whole string to check.</param>
    /// <param name="requireProtocol">Require <c>http://</c> or <c>https://</c> (twitter-text's default).</param>
    public static bool IsValid(string url, bool requireProtocol = true)
    {
        try
        {
            if (string.IsNullOrEmpty(url))
            {
                return false;
            }

            var parts = Unencoded.Match(url);
            if (!parts.Success)
            {
                return false;
            }

            var scheme = parts.Groups[1];
            if (requireProtocol && !(scheme.Success && IsWholeMatch(Scheme, scheme.Value)
                && (scheme.Value.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Value.Equals("https", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }

            return IsWholeMatch(Path, parts.Groups[3].Value)
                && (!parts.Groups[4].Success || parts.Groups[4].Value.Length == 0 || IsWholeMatch(QueryOrFragment, parts.Groups[4].Value))
                && (!parts.Groups[5].Success || parts.Groups[5].Value.Length == 0 || IsWholeMatch(QueryOrFragment, parts.Groups[5].Value))
                && IsWholeMatch(Authority, parts.Groups[2].Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>JavaScript's <c>s.match(re) &amp;&amp; RegExp['$&amp;'] === s</c>: the leftmost match is the whole string.</summary>
    private static bool IsWholeMatch(Regex regex, string value)
    {
        var match = regex.Match(value);
        return match.Success && match.Index == 0 && match.Length == value.Length;
    }
}
