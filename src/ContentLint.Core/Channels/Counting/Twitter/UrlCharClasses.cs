namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>The character classes of twitter-text's URL patterns (js/src/regexp, v3.1.0), with JS <c>i</c> semantics.</summary>
internal static class UrlCharClasses
{
    // latinAccentChars and cyrillicLettersAndMarks, as inclusive range pairs.
    private const string LatinAccents =
        "\u00C0\u00D6\u00D8\u00F6\u00F8\u00FF\u0100\u024F\u0253\u0254\u0256\u0257\u0259\u0259\u025B\u025B"
        + "\u0263\u0263\u0268\u0268\u026F\u026F\u0272\u0272\u0289\u0289\u028B\u028B\u02BB\u02BB\u0300\u036F\u1E00\u1EFF";

    private const string Cyrillic = "\u0400\u04FF";

    // punct, spacesGroup, invalidCharsGroup, directionalMarkersGroup.
    private const string Punct = "!!''##%%&&(())**++,,\\\\--..//::;;<<==>>??@@[[]]^^__{{||}}~~$$";
    private const string Spaces = "\t\r  \u0085\u0085\u00A0\u00A0\u1680\u1680\u180E\u180E\u2000\u200A\u2028\u2029\u202F\u202F\u205F\u205F\u3000\u3000";
    private const string InvalidChars = "\uFFFE\uFFFF\uFEFF\uFEFF";
    private const string Directional = "\u202A\u202E\u061C\u061C\u200E\u200F\u2066\u2069";

    /// <summary>validUrlPrecedingChars: <c>[^A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF]</c> (directional marks are already in it).</summary>
    public static readonly JsCharClass Preceding = JsCharClass.FromRanges("AZaz09@@\uFF20\uFF20$$##\uFF03\uFF03" + InvalidChars, negated: true);

    /// <summary>validDomainChars: anything but punctuation, spaces, invalid and directional characters.</summary>
    public static readonly JsCharClass Domain = JsCharClass.FromRanges(Punct + Spaces + InvalidChars + Directional, negated: true);

    /// <summary>validGeneralUrlPathChars.</summary>
    public static readonly JsCharClass PathGeneral = JsCharClass.FromRanges(
        "az" + Cyrillic + "09!!**''::;;==++,,..$$//%%##[[]]--\u2013\u2013__~~@@||&&" + LatinAccents);

    /// <summary>The character part of validUrlPathEndingChars (the other part is balanced parentheses).</summary>
    public static readonly JsCharClass PathEnding = JsCharClass.FromRanges("++--az" + Cyrillic + "09==__##//" + LatinAccents);

    /// <summary>validUrlQueryChars.</summary>
    public static readonly JsCharClass Query = JsCharClass.FromRanges("az09!!??**''@@(())::;;&&==++$$//%%##[[]]--__..,,~~||");

    /// <summary>validUrlQueryEndingChars.</summary>
    public static readonly JsCharClass QueryEnding = JsCharClass.FromRanges("az09--__&&==##//");

    /// <summary>The label characters of validAsciiDomain: <c>[\-a-z0-9]</c> and Latin accents.</summary>
    public static readonly JsCharClass AsciiDomainLabel = JsCharClass.FromRanges("--az09" + LatinAccents);

    /// <summary>latinAccentChars as a plain (case-sensitive) class, as in <c>endMentionMatch</c>.</summary>
    public static bool IsLatinAccent(char c)
    {
        for (var i = 0; i < LatinAccents.Length; i += 2)
        {
            if (c >= LatinAccents[i] && c <= LatinAccents[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a character that may not follow a TLD: <c>[0-9a-zA-Z@+-]</c>.</summary>
    public static bool IsTldBlocker(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '+' or '-';

    /// <summary>Punycode label characters <c>[\-0-9a-z]</c> under <c>i</c> (ASCII only).</summary>
    public static bool IsPunycodeChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
