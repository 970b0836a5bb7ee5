using System.Collections.Frozen;

namespace ContentLint.Core.Channels.Counting.Emoji;

/// <summary>
/// Finds emoji the way twemoji-parser 11.0.2 does (the parser twitter-text 3.1.0's <c>parseTweet</c>
/// weighs emoji with), derived from the Unicode 11.0 emoji data in <see cref="EmojiData"/> plus the
/// parser's own choices, found by comparing with it on every Emoji 11 sequence and 725,000 random
/// strings (the oracle fixture test re-checks the result through <c>parseTweet</c>):
/// <list type="bullet">
/// <item>the longest RGI ZWJ, flag or tag sequence starting here (👁‍🗨 without its FE0Fs; the RGI 👁️‍🗨️ is not one);</item>
/// <item>keycaps <c>[#*0-9] FE0F? 20E3</c>;</item>
/// <item>a modifier base (plus ⛷) with a skin tone, FE0F allowed between when the base is text-default;</item>
/// <item>© ® ™ ♟ only with FE0F;</item>
/// <item>any other Emoji=Yes character (not the keycap bases, not the hair components 1F9B0–1F9B3), plus
/// U+E50A; a character that has an emoji variation sequence takes a following FE0F and is not an emoji
/// when FE0E follows;</item>
/// <item>a lone FE0F.</item>
/// </list>
/// </summary>
internal static class EmojiMatcher
{
    private const char VariationSelector16 = '\uFE0F';
    private const char VariationSelector15 = '\uFE0E';

    private static readonly int[] Fe0fRequired = [0xA9, 0xAE, 0x2122, 0x265F];
    private static readonly int[] KeycapBases = ['#', '*', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    // Emoji_Presentation characters that also have a standardized variation sequence (Unicode 11).
    private static readonly int[] PresentationWithVariation =
    [
        0x231A, 0x231B, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2649, 0x264A, 0x264B, 0x264C, 0x264D,
        0x264E, 0x264F, 0x2650, 0x2651, 0x2652, 0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA, 0x26AB, 0x26BD,
        0x26BE, 0x26C4, 0x26C5, 0x26D4, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2757, 0x2B1B,
        0x2B1C, 0x2B50, 0x2B55, 0x1F004, 0x1F21A, 0x1F22F,
    ];

    private static readonly CodePointSet Singles = CodePointSet.Create(
        EmojiData.Emoji, add: [0xE50A], remove: [.. KeycapBases, .. Fe0fRequired, 0x1F9B0, 0x1F9B1, 0x1F9B2, 0x1F9B3]);

    private static readonly CodePointSet TakesVariationSelector = CodePointSet.Create(
        [],
        add: [.. PresentationWithVariation, .. Expand(CodePointSet.Except(CodePointSet.Create(EmojiData.Emoji), CodePointSet.Create(EmojiData.EmojiPresentation)))],
        remove: [.. KeycapBases, 0x267E]);

    private static readonly CodePointSet ModifierBases = CodePointSet.Create(EmojiData.EmojiModifierBase, add: [0x26F7]);

    private static readonly FrozenDictionary<int, string[]> SequencesByFirst = BuildSequences();

    /// <summary>Length in UTF-16 units of the emoji starting at <paramref name="i"/>, or 0.</summary>
    public static int MatchAt(ReadOnlySpan<char> s, int i)
    {
        var cp = CodePointAt(s, i, out var width);
        if (SequencesByFirst.TryGetValue(cp, out var sequences))
        {
            foreach (var sequence in sequences)
            {
                if (s[i..].StartsWith(sequence, StringComparison.Ordinal))
                {
                    return sequence.Length;
                }
            }
        }

        var next = i + width;
        if (cp is '#' or '*' or (>= '0' and <= '9'))
        {
            var j = next < s.Length && s[next] == VariationSelector16 ? next + 1 : next;
            return j < s.Length && s[j] == '\u20E3' ? j + 1 - i : 0;
        }

        if (ModifierBases.Contains(cp))
        {
            var j = next < s.Length && s[next] == VariationSelector16 && TakesVariationSelector.Contains(cp) ? next + 1 : next;
            if (j + 1 < s.Length && s[j] == '\uD83C' && s[j + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                return j + 2 - i;
            }
        }

        var followedBy = next < s.Length ? s[next] : '\0';
        if (Array.IndexOf(Fe0fRequired, cp) >= 0)
        {
            return followedBy == VariationSelector16 ? width + 1 : 0;
        }

        if (Singles.Contains(cp))
        {
            if (!TakesVariationSelector.Contains(cp))
            {
                return width;
            }

            return followedBy switch
            {
                VariationSelector16 => width + 1,
                VariationSelector15 => 0,
                _ => width,
            };
        }

        return cp == VariationSelector16 ? 1 : 0;
    }

    /// <summary>The code point at <paramref name="i"/> (a lone surrogate as itself) and its width in units.</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }

        width = 1;
        return s[i];
    }

    private static int[] Expand(CodePointSet set)
    {
        var list = new List<int>();
        for (var cp = 0; cp < 0x20000; cp++)
        {
            if (set.Contains(cp))
            {
                list.Add(cp);
            }
        }

        return [.. list];
    }

    private static FrozenDictionary<int, string[]> BuildSequences()
    {
        var all = EmojiData.ZwjSequences
            .Where(s => s != "\U0001F441\uFE0F\u200D\U0001F5E8\uFE0F")
            .Append("\U0001F441\u200D\U0001F5E8")
            .Concat(EmojiData.FlagSequences)
            .Concat(EmojiData.TagSequences);
        return all
            .GroupBy(s => char.ConvertToUtf32(s, 0))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(s => s.Length).ToArray());
    }
}
