using ContentLint.Core.Channels.Counting.Graphemes;
using System.Text;

namespace ContentLint.Core.Channels.Counting;

/// <summary>Plain counts of a text: graphemes, UTF-8 bytes, UTF-16 units, code points.</summary>
public static class TextMetrics
{
    /// <summary>Extended grapheme clusters (UAX #29 with the Unicode 15.1 Indic conjunct rule GB9c).</summary>
    public static int Graphemes(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            text = text[GraphemeClusters.NextLength(text)..];
            count++;
        }

        return count;
    }

    /// <summary>UTF-8 bytes; a lone surrogate counts as the 3 bytes of its U+FFFD replacement.</summary>
    public static int Utf8Bytes(ReadOnlySpan<char> text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>UTF-16 code units.</summary>
    public static int Utf16Units(ReadOnlySpan<char> text) => text.Length;

    /// <summary>Code points; a surrogate pair is one, a lone surrogate is one.</summary>
    public static int CodePoints(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>Offset of the grapheme that takes the count above <paramref name="limit"/>, or -1.</summary>
    public static int GraphemeOverflowOffset(ReadOnlySpan<char> text, int limit)
    {
        limit = Math.Max(limit, 0);
        var offset = 0;
        for (var count = 0; offset < text.Length; count++)
        {
            if (count == limit)
            {
                return offset;
            }

            offset += GraphemeClusters.NextLength(text[offset..]);
        }

        return -1;
    }

    /// <summary>Offset of the code point whose UTF-8 bytes take the count above <paramref name="limit"/>, or -1.</summary>
    public static int Utf8OverflowOffset(ReadOnlySpan<char> text, int limit)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            int size;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                size = 4;
                i++;
            }
            else
            {
                size = text[i] switch { < '\u0080' => 1, < '\u0800' => 2, _ => 3 };
            }

            bytes += size;
            if (bytes > limit)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>Offset of the UTF-16 unit that takes the count above <paramref name="limit"/>, or -1.</summary>
    public static int Utf16OverflowOffset(ReadOnlySpan<char> text, int limit) => text.Length > limit ? Math.Max(limit, 0) : -1;

    /// <summary>Offset of the code point that takes the count above <paramref name="limit"/>, or -1.</summary>
    public static int CodePointOverflowOffset(ReadOnlySpan<char> text, int limit)
    {
        limit = Math.Max(limit, 0);
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (count == limit)
            {
                return i;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return -1;
    }
}
