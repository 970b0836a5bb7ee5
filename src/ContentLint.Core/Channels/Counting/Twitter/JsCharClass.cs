namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// A set of UTF-16 code units with the membership a JavaScript regular expression character class
/// gives under the <c>i</c> flag without <c>u</c>: a code unit matches when its canonical form
/// equals the canonical form of a member (ECMA-262 Canonicalize: simple upper case, but never
/// mapping a non-ASCII unit to ASCII). twitter-text compiles every URL pattern with <c>i</c>, so
/// <c>[a-z]</c> also takes <c>A-Z</c> and, for instance, <c>[\u0300-\u036f]</c> also takes Greek iota.
/// </summary>
internal sealed class JsCharClass
{
    private readonly ulong[] _bits = new ulong[1024];

    private JsCharClass()
    {
    }

    /// <summary>True when <paramref name="c"/> is in the class.</summary>
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Builds a positive class from ranges given as pairs of inclusive bounds in one string.</summary>
    /// <param name="rangePairs">Pairs of characters, each pair an inclusive range (e.g. "azAZ09").</param>
    /// <param name="negated">True for a <c>[^...]</c> class.</param>
    public static JsCharClass FromRanges(string rangePairs, bool negated = false)
    {
        var canonicalMembers = new bool[65536];
        for (var i = 0; i < rangePairs.Length; i += 2)
        {
            for (int c = rangePairs[i]; c <= rangePairs[i + 1]; c++)
            {
                canonicalMembers[Canonicalize((char)c)] = true;
            }
        }

        var result = new JsCharClass();
        for (var c = 0; c < 65536; c++)
        {
            if (canonicalMembers[Canonicalize((char)c)] != negated)
            {
                result._bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return result;
    }

    /// <summary>
    /// ECMA-262 Canonicalize for non-Unicode patterns: the single-unit upper case of
    /// <paramref name="c"/>, except that a non-ASCII unit never canonicalises to ASCII and units
    /// whose full upper case is several units (ß, ﬁ, Greek forms with ypogegrammeni) stay themselves.
    /// </summary>
    public static char Canonicalize(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        if (IsMultiUnitUpperCase(c))
        {
            return c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper < 128 ? c : upper;
    }

    private static bool IsMultiUnitUpperCase(char c) =>
        c is (>= '\u1F80' and <= '\u1FAF') or '\u1FB3' or '\u1FBC' or '\u1FC3' or '\u1FCC' or '\u1FF3' or '\u1FFC';
}
