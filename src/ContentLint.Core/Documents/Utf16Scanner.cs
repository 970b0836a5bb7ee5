using System.Buffers;
using System.Text;

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
        var remaining = text;
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(remaining, out _, out var consumed) != OperationStatus.Done)
            {
                return text.Length - remaining.Length;
            }

            remaining = remaining[consumed..];
        }

        return -1;
    }
}
