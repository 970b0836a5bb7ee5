using System.Buffers;
using System.Text;

namespace ContentLint.Core.Documents;

/// <summary>Finds the exact byte where UTF-8 stops being valid (overlong forms, surrogates and truncated sequences included).</summary>
internal static class Utf8Scanner
{
    /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> body)
    {
        var remaining = body;
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(remaining, out _, out var consumed) != OperationStatus.Done)
            {
                return body.Length - remaining.Length;
            }

            remaining = remaining[consumed..];
        }

        return -1;
    }
}
