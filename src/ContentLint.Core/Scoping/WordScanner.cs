using System.Globalization;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>Splits text into words: runs of letters, digits and marks, joined by inner apostrophes and hyphens; French elisions split off.</summary>
internal static class WordScanner
{
    private static readonly HashSet<string> Elisions = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    };

    public static IReadOnlyList<TextToken> Scan(string text, IReadOnlyList<TextEntity> entities)
    {
        var words = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            i = Advance(text, i);
            while (i + 1 < text.Length && IsJoiner(text[i]) && IsWordChar(text, i + 1))
            {
                i = Advance(text, i + 1);
            }

            AddSplittingElisions(text, start, i, words, entities);
        }

        return words;
    }

    private static void AddSplittingElisions(string text, int start, int end, List<TextToken> words, IReadOnlyList<TextEntity> entities)
    {
        var apostrophe = text.AsSpan(start, end - start).IndexOfAny('\'', '\u2019');
        if (apostrophe > 0 && Elisions.Contains(text.Substring(start, apostrophe)))
        {
            Add(text, start, start + apostrophe + 1, words, entities);
            start += apostrophe + 1;
        }

        Add(text, start, end, words, entities);
    }

    private static void Add(string text, int start, int end, List<TextToken> words, IReadOnlyList<TextEntity> entities)
    {
        var span = TextSpan.FromBounds(start, end);
        if (!EntitySpans.Overlaps(entities, span))
        {
            words.Add(new TextToken(TokenKind.Word, span, text[start..end]));
        }
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2011';

    private static int Advance(string text, int i)
    {
        while (i < text.Length && IsWordChar(text, i))
        {
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        return i;
    }

    private static bool IsWordChar(string text, int i)
    {
        var category = char.IsSurrogatePair(text, i)
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
    }
}
