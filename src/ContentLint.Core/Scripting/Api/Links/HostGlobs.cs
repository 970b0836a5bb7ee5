using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.Links;

/// <summary>
/// <c>internalHosts</c>: host names or globs, case-insensitive. <c>*</c> matches any characters,
/// dots included (<c>*.corp.example.com</c> matches <c>a.b.corp.example.com</c>, not
/// <c>corp.example.com</c>); <c>?</c> one character. A scheme, port or path written in an entry is ignored.
/// </summary>
public sealed class HostGlobs
{
    private readonly List<(string Glob, Regex Pattern)> _globs = [];

    /// <summary>The globs of <paramref name="globs"/>, as configured under <c>internalHosts</c>.</summary>
    public HostGlobs(IEnumerable<string> globs)
    {
        foreach (var glob in globs)
        {
            var host = HostOf(glob.Trim());
            if (host.Length > 0)
            {
                var pattern = "^" + Regex.Escape(host).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
                _globs.Add((glob, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)));
            }
        }
    }

    /// <summary>The configured glob that <paramref name="host"/> matches, or null.</summary>
    public string? Match(string host) => _globs.FirstOrDefault(g => g.Pattern.IsMatch(host.TrimEnd('.'))).Glob;

    private static string HostOf(string entry)
    {
        var scheme = entry.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? entry[(scheme + 3)..] : entry;
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        return end >= 0 ? rest[..end] : rest;
    }
}
