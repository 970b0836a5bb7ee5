namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's global <c>validAsciiDomain</c> pattern, <c>(?:[-a-z0-9À-ÿ…]+\.)+(?:gTLD|ccTLD|punycode)</c>,
/// run over a domain string alone (so the TLD lookahead sees the domain's end as the input's end).
/// </summary>
internal static class AsciiDomainMatcher
{
    /// <summary>Finds the next match in <paramref name="domain"/> at or after <paramref name="from"/>.</summary>
    public static bool TryMatchNext(ReadOnlySpan<char> domain, int from, out int start, out int end)
    {
        for (start = from; start < domain.Length; start++)
        {
            end = MatchAt(domain, start);
            if (end > 0)
            {
                return true;
            }
        }

        end = 0;
        return false;
    }

    private static int MatchAt(ReadOnlySpan<char> domain, int start)
    {
        // Greedy (label\.)+ then give labels back one at a time until a TLD follows.
        Span<int> tldStarts = stackalloc int[32];
        var labels = 0;
        var i = start;
        while (true)
        {
            var runEnd = i;
            while (runEnd < domain.Length && UrlCharClasses.AsciiDomainLabel.Contains(domain[runEnd]))
            {
                runEnd++;
            }

            if (runEnd == i || runEnd >= domain.Length || domain[runEnd] != '.')
            {
                break;
            }

            i = runEnd + 1;
            if (labels == tldStarts.Length)
            {
                var larger = new int[labels * 2];
                tldStarts.CopyTo(larger);
                tldStarts = larger;
            }

            tldStarts[labels++] = i;
        }

        for (var k = labels - 1; k >= 0; k--)
        {
            var tld = TldMatcher.Match(domain, tldStarts[k], domain.Length);
            if (tld > 0)
            {
                return tldStarts[k] + tld;
            }
        }

        return 0;
    }
}
