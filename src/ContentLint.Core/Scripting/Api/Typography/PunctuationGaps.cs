using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Scripting.Api.Typography;

/// <summary>
/// The <c>; : ! ?</c> of a text that close a clause, each with the spaces before it — what French
/// typography judges. A mark is taken when it is followed by a space, the end, a closing quote or
/// bracket, an emoji, or (for <c>!</c> and <c>?</c>) another mark, and stands after a word, a closing
/// quote or bracket, an emoji, a sign (<c>%</c>, <c>€</c>…) or, for <c>!</c>/<c>?</c> or with a space, a
/// digit. So URLs (<c>https://</c>, <c>?q=</c>), times and ratios (<c>10:30</c>, <c>3:1</c>), emoticons
/// (<c>:)</c>, <c>;-)</c>), a mark at the start of a line or after another mark, links, hashtags,
/// mentions, code and the <c>;</c> of an HTML entity (<c>&amp;gt;</c>) are left out.
/// </summary>
public static class PunctuationGaps
{
    /// <summary>Each judged mark of <paramref name="prose"/>: its offset and where the spaces before it start.</summary>
    public static IEnumerable<(int Mark, int GapStart)> Find(ProseText prose)
    {
        var value = prose.Value;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is not (';' or ':' or '!' or '?') || !EndsClause(value, i) || prose.IsProtected(i) || EndsEntity(value, i))
            {
                continue;
            }

            var gapStart = SpaceFix.SpacesBefore(value, i);
            if (gapStart == 0 || value[gapStart - 1] is '\n' or '\r' || !StandsAfter(value, gapStart - 1, value[i], gapStart < i) || prose.IsProtected(gapStart - 1))
            {
                continue;
            }

            yield return (i, gapStart);
        }
    }

    /// <summary>True for the <c>;</c> of an HTML entity left in the text (<c>&amp;gt;</c>, <c>&amp;#8217;</c>), as posts copied from an API carry.</summary>
    private static bool EndsEntity(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]) && i - start < 10)
        {
            start--;
        }

        var hash = start > 0 && text[start - 1] == '#' ? 1 : 0;
        return text[i] == ';' && start < i && start - hash > 0 && text[start - hash - 1] == '&';
    }

    /// <summary>True when the mark at <paramref name="i"/> closes a clause (see the class summary).</summary>
    private static bool EndsClause(string text, int i)
    {
        if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
        {
            return true;
        }

        var next = text[i + 1];
        return text[i] is '!' or '?'
            ? next is '!' or '?' or '»' or '"' or '”' or ')' or ']' or '…' or '.' || SpaceFix.IsSymbol(text, i + 1)
            : next is '»' or '"' or '”';
    }

    /// <summary>True when <paramref name="previous"/> (the character before the mark or its spaces) is something a mark may follow (see the class summary).</summary>
    private static bool StandsAfter(string text, int previous, char mark, bool spaced)
    {
        var c = text[previous];
        return char.IsLetter(c)
            || (char.IsDigit(c) && (spaced || mark is '!' or '?'))
            || c is '»' or ')' or ']' or '"' or '”' or '’' or '\'' or '…' or '%' or '€' or '$' or '£'
            || SpaceFix.IsSymbol(text, previous);
    }
}
