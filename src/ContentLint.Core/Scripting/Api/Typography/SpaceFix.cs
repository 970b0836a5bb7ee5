using ContentLint.Core.Documents;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Typography;

/// <summary>
/// What is wrong with the space a French sign needs, and the fix: the spaces between
/// <c>gapStart</c> and <c>gapEnd</c> (none, normal, several) become one no-break space.
/// </summary>
public static class SpaceFix
{
    /// <summary>
    /// Null when the gap is exactly one no-break space; else what was found (<c>no space</c>, <c>a normal
    /// space</c>, <c>U+2009</c>, <c>several spaces</c>, in English and French) and the replacement.
    /// </summary>
    public static (LocalizedString Found, TextReplacement Fix)? Check(string text, int gapStart, int gapEnd, string nbsp, string sign)
    {
        var gap = text.AsSpan(gapStart, gapEnd - gapStart);
        if (gap.Length == 1 && NoBreakSpaces.IsNoBreak(gap[0]))
        {
            return null;
        }

        var found = gap.Length == 0 ? new LocalizedString("no space", "aucune espace")
            : gap.Length == 1 && gap[0] == ' ' ? new LocalizedString("a normal space", "une espace normale")
            : gap.Length == 1 ? new LocalizedString($"U+{(int)gap[0]:X4}", $"U+{(int)gap[0]:X4}")
            : new LocalizedString("several spaces", "plusieurs espaces");
        var title = gap.Length == 0 ? $"Insert a no-break space at '{sign}'" : $"Use a no-break space at '{sign}'";
        return (found, new TextReplacement(TextSpan.FromBounds(gapStart, gapEnd), nbsp, title));
    }

    /// <summary>The start of the run of spaces on one line that ends at <paramref name="end"/>.</summary>
    public static int SpacesBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && NoBreakSpaces.IsSpace(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>The end of the run of spaces on one line that starts at <paramref name="start"/>.</summary>
    public static int SpacesAfter(string text, int start)
    {
        var end = start;
        while (end < text.Length && NoBreakSpaces.IsSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True for an emoji or another symbol (which may stand before or after punctuation like a word).</summary>
    public static bool IsSymbol(string text, int index) =>
        char.IsSurrogate(text[index]) || char.GetUnicodeCategory(text[index]) is System.Globalization.UnicodeCategory.OtherSymbol;
}
