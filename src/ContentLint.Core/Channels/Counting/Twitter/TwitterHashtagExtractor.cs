using ContentLint.Core.Channels.Counting.Graphemes;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// twitter-text's <c>extractHashtagsWithIndices</c>: <c>[#＃]</c> after the start, a variation selector or
/// a character that is neither a hashtag character nor <c>&amp;</c>, not followed by FE0F or 20E3, then a
/// run of letters, marks, digits and <c>_</c> (and a few joiners) holding at least one letter or mark;
/// dropped when followed by <c>#</c> or <c>://</c>, or when it overlaps a URL that starts first. Letters, marks
/// and digits are twitter-text's own (older) tables, <see cref="HashtagCharacterData"/>.
/// </summary>
public static class TwitterHashtagExtractor
{
    /// <summary>The hashtags of <paramref name="text"/> (spans include the hash sign).</summary>
    public static IReadOnlyList<TextSpan> Extract(ReadOnlySpan<char> text)
    {
        List<TextSpan>? tags = null;
        var p = 0;
        while (p < text.Length)
        {
            if (!TryMatchAt(text, p, out var hash, out var end))
            {
                p++;
                continue;
            }

            p = end;
            if (end < text.Length && (text[end] is '#' or '\uFF03' || text[end..].StartsWith("://", StringComparison.Ordinal)))
            {
                continue;
            }

            (tags ??= []).Add(TextSpan.FromBounds(hash, end));
        }

        if (tags is null)
        {
            return [];
        }

        // removeOverlappingEntities: sort hashtags and URLs by start (stable, hashtags first) and drop
        // every entity that starts before the previous kept one ends.
        var urls = TwitterUrlExtractor.Extract(text);
        if (urls.Count == 0)
        {
            return tags;
        }

        var kept = new List<TextSpan>(tags.Count);
        var previousEnd = -1;
        foreach (var (span, isTag) in tags.Select(t => (t, true)).Concat(urls.Select(u => (u, false))).OrderBy(e => e.Item1.Start))
        {
            if (previousEnd > span.Start)
            {
                continue;
            }

            previousEnd = span.End;
            if (isTag)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    /// <summary>The regex at <paramref name="p"/>: boundary (start, variation selector, or a non-hashtag code point), hash, text.</summary>
    private static bool TryMatchAt(ReadOnlySpan<char> text, int p, out int hash, out int end)
    {
        hash = p == 0 ? 0 : -1;
        end = hash == 0 ? HashtagEnd(text, 0) : -1;
        if (end > 0)
        {
            return true;
        }

        if (text[p] is '\uFE0E' or '\uFE0F' || (IsCodePointStart(text, p) && HashtagCharWidth(text, p, out _) == 0 && text[p] != '&'))
        {
            hash = p + Width(text, p);
            end = HashtagEnd(text, hash);
        }

        return end > 0;
    }

    /// <summary>End of <c>[#＃](?!\uFE0F|\u20E3)(AN* A AN*)</c> at <paramref name="hash"/>, or -1.</summary>
    private static int HashtagEnd(ReadOnlySpan<char> text, int hash)
    {
        if (!IsHashStart(text, hash))
        {
            return -1;
        }

        var end = hash + 1;
        var hasAlpha = false;
        while (end < text.Length && HashtagCharWidth(text, end, out var alpha) is var width and > 0)
        {
            hasAlpha |= alpha;
            end += width;
        }

        return hasAlpha ? end : -1;
    }

    private static bool IsHashStart(ReadOnlySpan<char> text, int i) =>
        i < text.Length && text[i] is '#' or '\uFF03' && !(i + 1 < text.Length && text[i + 1] is '\uFE0F' or '\u20E3');

    /// <summary>Width of the hashtag character at <paramref name="i"/> (0 when not one); <paramref name="alpha"/> for letters and marks.</summary>
    private static int HashtagCharWidth(ReadOnlySpan<char> text, int i, out bool alpha)
    {
        var width = Width(text, i);
        var cp = width == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
        alpha = CodePointRanges.Contains(HashtagCharacterData.Alpha, cp);
        return alpha || CodePointRanges.Contains(HashtagCharacterData.AlphaNumeric, cp) ? width : 0;
    }

    /// <summary>twitter-text's <c>codePoint</c>: a unit outside the surrogates, or a surrogate pair.</summary>
    private static bool IsCodePointStart(ReadOnlySpan<char> text, int i) =>
        !char.IsSurrogate(text[i]) || (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]));

    private static int Width(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
}
