namespace ContentLint.Core.Matching;

/// <summary>
/// Whole-word tests that respect French: an elided article (<c>l'</c>, <c>d'</c>, <c>qu'</c>,
/// <c>jusqu’</c>…) ends a word, so <c>Oréal</c> is found in <c>l'Oréal</c>; a hyphen between letters
/// does not, so <c>mail</c> is not found in <c>e-mail</c>; nor does an apostrophe inside a word
/// (<c>aujourd'hui</c>).
/// </summary>
public static class WordBoundaries
{
    private static readonly string[] Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"];

    /// <summary>True when a match of <paramref name="start"/>..<paramref name="end"/> in <paramref name="text"/> is a whole word (or words).</summary>
    public static bool IsWholeWord(ReadOnlySpan<char> text, int start, int end) =>
        IsStartBoundary(text, start) && IsEndBoundary(text, end);

    private static bool IsStartBoundary(ReadOnlySpan<char> text, int start)
    {
        if (start == 0 || !IsWordChar(text[start]))
        {
            return true;
        }

        var before = text[start - 1];
        if (IsWordChar(before))
        {
            return false;
        }

        var joinsWord = start >= 2 && IsWordChar(text[start - 2]);
        return before switch
        {
            '-' => !joinsWord, // inside a hyphenated compound
            '\'' or '\u2019' or '\u02BC' => !joinsWord || IsElision(text[..(start - 1)]),
            _ => true,
        };
    }

    private static bool IsEndBoundary(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length || !IsWordChar(text[end - 1]))
        {
            return true;
        }

        var after = text[end];
        if (IsWordChar(after))
        {
            return false;
        }

        var joinsWord = end + 1 < text.Length && IsWordChar(text[end + 1]);
        return after switch
        {
            '-' => !joinsWord,
            '\'' or '\u2019' or '\u02BC' => !joinsWord || IsElision(text[..end]),
            _ => true,
        };
    }

    /// <summary>True when <paramref name="prefix"/> ends with a French elided word (l, d, qu…) that starts a word.</summary>
    private static bool IsElision(ReadOnlySpan<char> prefix)
    {
        foreach (var elision in Elisions)
        {
            if (prefix.Length >= elision.Length
                && prefix[^elision.Length..].Equals(elision, StringComparison.OrdinalIgnoreCase)
                && (prefix.Length == elision.Length || !IsWordChar(prefix[^(elision.Length + 1)])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
