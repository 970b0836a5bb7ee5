namespace ContentLint.Core.Documents;

/// <summary>Finds where UTF-16 (bytes after a byte-order mark, or a string) stops being valid.</summary>
internal static class Utf16Scanner
{
    /// <summary>
    /// The offset of the first code unit that is an unpaired surrogate, or of a final odd byte, or -1.
    /// </summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> body, bool bigEndian)
    {
        var i = 0;
        while (i + 1 < body.Length)
        {
            var unit = CodeUnit(body, i, bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return i;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (i + 3 >= body.Length || !char.IsLowSurrogate(CodeUnit(body, i + 2, bigEndian)))
                {
                    return i;
                }

                i += 2;
            }

            i += 2;
        }

        return i < body.Length ? i : -1;
    }

    /// <summary>The code unit at byte <paramref name="offset"/>.</summary>
    public static char CodeUnit(ReadOnlySpan<byte> body, int offset, bool bigEndian) => bigEndian
        ? (char)((body[offset] << 8) | body[offset + 1])
        : (char)((body[offset + 1] << 8) | body[offset]);

    /// <summary>The offset of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    public static int FirstUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        // Jump from surrogate to surrogate (a vectorized search): most text has none.
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }

            i += 2;
        }
    }
}
