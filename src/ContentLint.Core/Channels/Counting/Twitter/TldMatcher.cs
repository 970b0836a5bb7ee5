using System.Collections.Frozen;
using System.Reflection;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// The <c>validGTLD | validCCTLD | validPunycode</c> alternation of twitter-text: the TLD lists of
/// <c>tld_lib.yml</c> (embedded), generic before country, each in file order, the first one that
/// matches case-insensitively and is not followed by <c>[0-9a-zA-Z@+-]</c> wins; else
/// <c>xn--[-0-9a-z]+</c>.
/// </summary>
internal static class TldMatcher
{
    private static readonly FrozenDictionary<char, Candidate[]> ByFirstChar = Load();

    /// <summary>Length of the TLD matched at <paramref name="start"/>, or 0.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the TLD must start.</param>
    /// <param name="limit">End of the input the regex sees (the lookahead's <c>$</c>).</param>
    public static int Match(ReadOnlySpan<char> text, int start, int limit)
    {
        if (start >= limit)
        {
            return 0;
        }

        var best = 0;
        var bestOrder = int.MaxValue;
        if (ByFirstChar.TryGetValue(JsCharClass.Canonicalize(text[start]), out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Order < bestOrder && Matches(text, start, limit, candidate.Canonical))
                {
                    best = candidate.Canonical.Length;
                    bestOrder = candidate.Order;
                }
            }
        }

        return best > 0 ? best : MatchPunycode(text, start, limit);
    }

    private static bool Matches(ReadOnlySpan<char> text, int start, int limit, string canonical)
    {
        var end = start + canonical.Length;
        if (end > limit)
        {
            return false;
        }

        for (var i = 1; i < canonical.Length; i++)
        {
            if (JsCharClass.Canonicalize(text[start + i]) != canonical[i])
            {
                return false;
            }
        }

        return end == limit || !UrlCharClasses.IsTldBlocker(text[end]);
    }

    private static int MatchPunycode(ReadOnlySpan<char> text, int start, int limit)
    {
        if (limit - start < 5 || (text[start] | 0x20) != 'x' || (text[start + 1] | 0x20) != 'n'
            || text[start + 2] != '-' || text[start + 3] != '-')
        {
            return 0;
        }

        var end = start + 4;
        while (end < limit && UrlCharClasses.IsPunycodeChar(text[end]))
        {
            end++;
        }

        return end > start + 4 ? end - start : 0;
    }

    private static FrozenDictionary<char, Candidate[]> Load()
    {
        var generic = new List<string>();
        var country = new List<string>();
        List<string>? current = null;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ContentLint.Core.Channels.Counting.Twitter.tld_lib.yml")
            ?? throw new InvalidOperationException("The embedded tld_lib.yml is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("country:", StringComparison.Ordinal))
            {
                current = country;
            }
            else if (line.StartsWith("generic:", StringComparison.Ordinal))
            {
                current = generic;
            }
            else if (current is not null && line.StartsWith("- ", StringComparison.Ordinal))
            {
                current.Add(line[2..].Trim().Trim('"', '\''));
            }
        }

        var all = new List<Candidate>(generic.Count + country.Count);
        foreach (var tld in generic.Concat(country))
        {
            all.Add(new Candidate(Canonical(tld), all.Count));
        }

        return all.GroupBy(c => c.Canonical[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    private static string Canonical(string tld) => string.Create(tld.Length, tld, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = JsCharClass.Canonicalize(s[i]);
        }
    });

    private readonly record struct Candidate(string Canonical, int Order);
}
