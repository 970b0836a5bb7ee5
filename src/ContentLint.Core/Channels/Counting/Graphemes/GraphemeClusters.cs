using System.Globalization;

namespace ContentLint.Core.Channels.Counting.Graphemes;

/// <summary>
/// Extended grapheme clusters per current UAX #29: .NET's text-element enumeration plus rule GB9c
/// (Unicode 15.1), which keeps Indic conjuncts such as Devanagari द्द (DA, VIRAMA, DA) in one cluster, as
/// ICU 74+ (browsers' <c>Intl.Segmenter</c>) and Python's <c>regex</c> <c>\X</c> do.
/// </summary>
internal static class GraphemeClusters
{
    /// <summary>Length in UTF-16 units of the cluster that starts <paramref name="text"/> (0 when empty).</summary>
    public static int NextLength(ReadOnlySpan<char> text)
    {
        var length = StringInfo.GetNextTextElementLength(text);
        while (length < text.Length && text[length] >= '\u0900' && IsConsonant(CodePointAt(text, length))
            && EndsWithConjunctLinker(text[..length]))
        {
            length += StringInfo.GetNextTextElementLength(text[length..]);
        }

        return length;
    }

    /// <summary>GB9c's left side: InCB=Consonant [Extend|Linker]* Linker [Extend|Linker]* at the end.</summary>
    private static bool EndsWithConjunctLinker(ReadOnlySpan<char> cluster)
    {
        var sawLinker = false;
        var i = cluster.Length;
        while (i > 0)
        {
            var width = i >= 2 && char.IsLowSurrogate(cluster[i - 1]) && char.IsHighSurrogate(cluster[i - 2]) ? 2 : 1;
            var cp = width == 2 ? char.ConvertToUtf32(cluster[i - 2], cluster[i - 1]) : cluster[i - 1];
            if (CodePointRanges.Contains(IndicConjunctBreakData.Linker, cp))
            {
                sawLinker = true;
            }
            else if (!CodePointRanges.Contains(IndicConjunctBreakData.Extend, cp))
            {
                return sawLinker && IsConsonant(cp);
            }

            i -= width;
        }

        return false;
    }

    private static bool IsConsonant(int cp) => CodePointRanges.Contains(IndicConjunctBreakData.Consonant, cp);

    private static int CodePointAt(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];
}
