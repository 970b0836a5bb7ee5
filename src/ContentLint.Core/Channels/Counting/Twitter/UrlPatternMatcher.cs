namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// A hand-written, allocation-free equivalent of twitter-text's global <c>extractUrl</c> regular
/// expression (preceding char, optional protocol, domain, port, path, query), reproducing the
/// backtracking engine's choices: the greedy subdomain count is given back one label at a time until
/// a domain label and a TLD fit, the optional groups never force backtracking, and the path ends at its
/// last "ending" character or balanced parenthesis.
/// </summary>
internal static class UrlPatternMatcher
{
    /// <summary>Finds the next match at or after <paramref name="lastIndex"/> (the regex's lastIndex).</summary>
    public static bool TryMatchNext(ReadOnlySpan<char> text, int lastIndex, out RawUrlMatch match)
    {
        var runCache = new RunCache();
        for (var p = lastIndex; p < text.Length; p++)
        {
            if (UrlCharClasses.Preceding.Contains(text[p]) && TryMatchUrlAt(text, p + 1, p, ref runCache, out match))
            {
                return true;
            }

            if (p == 0 && TryMatchUrlAt(text, 0, -1, ref runCache, out match))
            {
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool TryMatchUrlAt(ReadOnlySpan<char> text, int start, int preceding, ref RunCache runCache, out RawUrlMatch match)
    {
        match = default;
        if (start >= text.Length)
        {
            return false;
        }

        var protocolLength = ProtocolLength(text, start);
        var domainStart = start + protocolLength;
        var domainEnd = protocolLength > 0 ? DomainMatcher.Match(text, domainStart, ref runCache) : -1;
        if (domainEnd < 0)
        {
            protocolLength = 0;
            domainStart = start;
            domainEnd = DomainMatcher.Match(text, domainStart, ref runCache);
            if (domainEnd < 0)
            {
                return false;
            }
        }

        var end = domainEnd;
        if (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        var hasPath = end < text.Length && text[end] == '/';
        if (hasPath)
        {
            end = MatchPath(text, end + 1);
        }

        if (end < text.Length && text[end] == '?')
        {
            end = MatchQuery(text, end);
        }

        match = new RawUrlMatch(preceding, start, end, protocolLength, domainStart, domainEnd, hasPath);
        return true;
    }

    /// <summary>Length of a case-insensitive <c>https?://</c> at <paramref name="start"/>, or 0.</summary>
    public static int ProtocolLength(ReadOnlySpan<char> text, int start)
    {
        var rest = text[start..];
        if (rest.Length < 7 || !rest.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var i = (rest[4] | 0x20) == 's' ? 5 : 4;
        return rest.Length >= i + 3 && rest[i] == ':' && rest[i + 1] == '/' && rest[i + 2] == '/' ? i + 3 : 0;
    }

    /// <summary>
    /// <c>validUrlPath*</c> after the slash: runs of path characters chained by balanced parentheses;
    /// the match ends after the last ending character or parenthesised group of the chain.
    /// </summary>
    private static int MatchPath(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        var lastEnding = start;
        while (true)
        {
            while (i < text.Length && UrlCharClasses.PathGeneral.Contains(text[i]))
            {
                i++;
                if (UrlCharClasses.PathEnding.Contains(text[i - 1]))
                {
                    lastEnding = i;
                }
            }

            var parens = MatchBalancedParens(text, i);
            if (parens < 0)
            {
                return lastEnding;
            }

            i = lastEnding = parens;
        }
    }

    /// <summary><c>\((?:G+|G*\(G+\)G*)\)</c>: end of the group at <paramref name="i"/>, or -1.</summary>
    public static int MatchBalancedParens(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || text[i] != '(')
        {
            return -1;
        }

        var a = SkipPathChars(text, i + 1);
        if (a > i + 1 && a < text.Length && text[a] == ')')
        {
            return a + 1;
        }

        if (a >= text.Length || text[a] != '(')
        {
            return -1;
        }

        var b = SkipPathChars(text, a + 1);
        if (b == a + 1 || b >= text.Length || text[b] != ')')
        {
            return -1;
        }

        var c = SkipPathChars(text, b + 1);
        return c < text.Length && text[c] == ')' ? c + 1 : -1;
    }

    private static int SkipPathChars(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && UrlCharClasses.PathGeneral.Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary><c>(\?Q*QE)?</c> at a question mark: the end of the query, or the question mark itself when none.</summary>
    public static int MatchQuery(ReadOnlySpan<char> text, int questionMark)
    {
        var end = questionMark;
        for (var i = questionMark + 1; i < text.Length && UrlCharClasses.Query.Contains(text[i]); i++)
        {
            if (UrlCharClasses.QueryEnding.Contains(text[i]))
            {
                end = i + 1;
            }
        }

        return end;
    }
}
