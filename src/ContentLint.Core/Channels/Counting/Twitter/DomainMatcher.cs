namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's <c>validDomain</c>: <c>validSubdomain* validDomainName (gTLD|ccTLD|punycode)</c>.
/// A label is a maximal run of domain characters (plus <c>_</c> and <c>-</c> for subdomains, <c>-</c>
/// for the domain name) that starts and ends with a domain character and is followed by a dot.
/// </summary>
internal static class DomainMatcher
{
    /// <summary>True for the characters a label run may hold: <c>[D_-]</c>.</summary>
    public static bool IsLabelChar(char c) => c is '_' or '-' || UrlCharClasses.Domain.Contains(c);

    /// <summary>End of the domain starting at <paramref name="start"/>, or -1.</summary>
    public static int Match(ReadOnlySpan<char> text, int start, ref RunCache runCache)
    {
        // Greedy part: how many subdomain labels can be taken in a row.
        var labelStart = start;
        var labels = 0;
        while (true)
        {
            var runEnd = labels == 0 ? runCache.RunEnd(text, labelStart) : RunEnd(text, labelStart);
            if (runEnd == labelStart || runEnd >= text.Length || text[runEnd] != '.'
                || !UrlCharClasses.Domain.Contains(text[labelStart]) || !UrlCharClasses.Domain.Contains(text[runEnd - 1]))
            {
                break;
            }

            labels++;
            labelStart = runEnd + 1;
        }

        // Backtracking: the last kept label becomes the domain name (no underscore), then a TLD.
        var nextLabelStart = labelStart;
        for (var k = labels - 1; k >= 0; k--)
        {
            var dot = nextLabelStart - 1;
            var currentStart = dot;
            var hasUnderscore = false;
            while (currentStart > start && text[currentStart - 1] != '.')
            {
                currentStart--;
                hasUnderscore |= text[currentStart] == '_';
            }

            if (!hasUnderscore)
            {
                var tld = TldMatcher.Match(text, dot + 1, text.Length);
                if (tld > 0)
                {
                    return dot + 1 + tld;
                }
            }

            nextLabelStart = currentStart;
        }

        return -1;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsLabelChar(text[end]))
        {
            end++;
        }

        return end;
    }
}
