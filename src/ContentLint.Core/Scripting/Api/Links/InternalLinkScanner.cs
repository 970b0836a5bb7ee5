using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>
/// Finds addresses that lead inside the company: URLs (any scheme) whose host is internal,
/// <c>file://</c> and <c>smb://</c> URLs, Windows shares (<c>\\server\share</c>; one backslash too,
/// as Markdown reads <c>\\</c>), and bare host names or IP addresses in the text. A bare
/// <c>localhost</c> counts only with a port or a path (<c>localhost:8080</c>): alone it is a word.
/// </summary>
public static partial class InternalLinkScanner
{
    /// <summary>Internal addresses of <paramref name="text"/>: where, as written, and why (in English and French).</summary>
    public static IEnumerable<(TextSpan Span, string Link, LocalizedString Reason)> Find(string text, HostGlobs internalHosts)
    {
        var taken = new NonOverlappingSpans(); // URL matches never overlap each other
        var found = new List<(TextSpan Span, string Link, LocalizedString Reason)>();
        foreach (Match url in Url().Matches(text))
        {
            var value = TrimPunctuation(url.Value);
            var span = new TextSpan(url.Index, value.Length);
            taken.TryAdd(span);
            var scheme = url.Groups["scheme"].Value.ToLowerInvariant();
            var reason = scheme switch
            {
                "file" => FileUrl,
                "smb" => FileShare,
                _ => Classify(HostOf(value[(url.Groups["scheme"].Length + 3)..]), internalHosts),
            };
            if (reason is not null)
            {
                found.Add((span, value, reason));
            }
        }

        foreach (Match share in Share().Matches(text))
        {
            var value = TrimPunctuation(share.Value);
            var span = new TextSpan(share.Index, value.Length);
            if (taken.TryAdd(span))
            {
                found.Add((span, value, FileShare));
            }
        }

        foreach (Match bare in BareHost().Matches(text))
        {
            var value = TrimPunctuation(bare.Value);
            var span = new TextSpan(bare.Index, value.Length);
            var host = bare.Groups["host"].Value;
            var located = bare.Groups["port"].Success || bare.Groups["path"].Success;
            if (taken.Overlaps(span) || (!located && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.Any(char.IsAsciiLetterUpper))))
            {
                continue;
            }

            if (Classify(host, internalHosts) is { } reason)
            {
                found.Add((span, value, reason));
            }
        }

        return found.OrderBy(f => f.Span.Start);
    }

    // Sentence punctuation after a link is not part of it.
    private static string TrimPunctuation(string value) => value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"');

    private static readonly LocalizedString FileUrl = new("file:// URL", "URL file://");
    private static readonly LocalizedString FileShare = new("file share", "partage de fichiers");

    private static LocalizedString? Classify(string host, HostGlobs internalHosts) =>
        host.Length == 0 ? null
        : internalHosts.Match(host) is { } glob ? new LocalizedString($"listed in internalHosts as {glob}", $"listé dans internalHosts comme {glob}")
        : PrivateAddresses.Classify(host);

    // The host of "user:pass@host:port/path?query".
    private static string HostOf(string afterScheme)
    {
        var end = afterScheme.IndexOfAny(['/', '?', '#']);
        var authority = end >= 0 ? afterScheme[..end] : afterScheme;
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? authority[..(close + 1)] : authority;
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? authority[..colon] : authority;
    }

    [GeneratedRegex(@"(?<![\w+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,15})://[^\s<>""'`]*", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?<![\w:\\/])\\{1,2}[A-Za-z0-9][\w.-]*\\[\w.$-]+(?:\\[^\s\\]+)*\\?", RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    [GeneratedRegex(@"(?<![\w@.\-/:\\])(?<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,62}|(?:\d{1,3}\.){3}\d{1,3}|localhost)(?![\w@-]|\.\w)(?<port>:\d{1,5}(?!\w))?(?<path>/[^\s<>""'`]*)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareHost();
}
