using System.Globalization;
using System.Text;

namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>NFC normalisation as JavaScript's <c>String.prototype.normalize()</c>, tolerant of lone surrogates and U+FFFE.</summary>
internal static class NfcText
{
    /// <summary>The NFC form of <paramref name="text"/>, or null when it is already NFC (the common case, no allocation).</summary>
    public static string? NormalizeOrNull(ReadOnlySpan<char> text)
    {
        if (IsTriviallyNormalized(text, out var hasLoneSurrogate))
        {
            return null;
        }

        if (!hasLoneSurrogate)
        {
            return text.IsNormalized(NormalizationForm.FormC) ? null : text.ToString().Normalize(NormalizationForm.FormC);
        }

        // .NET refuses ill-formed UTF-16 and U+FFFE; normalise the well-formed runs and keep lone surrogates as they are.
        var builder = new StringBuilder(text.Length);
        var runStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsLoneSurrogate(text, i))
            {
                if (char.IsHighSurrogate(text[i]))
                {
                    i++;
                }

                continue;
            }

            builder.Append(text[runStart..i].ToString().Normalize(NormalizationForm.FormC));
            if (i < text.Length)
            {
                builder.Append(text[i]);
            }

            runStart = i + 1;
        }

        var normalized = builder.ToString();
        return text.SequenceEqual(normalized) ? null : normalized;
    }

    /// <summary>
    /// Maps an offset in the NFC form back to <paramref name="original"/>: grapheme clusters are
    /// normalised one by one, and an offset inside a cluster maps to the cluster's start.
    /// </summary>
    public static int MapToOriginal(ReadOnlySpan<char> original, string normalized, int normalizedOffset)
    {
        int originalStart = 0, normalizedStart = 0;
        while (originalStart < original.Length)
        {
            var length = StringInfo.GetNextTextElementLength(original[originalStart..]);
            var cluster = original.Slice(originalStart, length);
            var normalizedLength = NormalizeOrNull(cluster)?.Length ?? cluster.Length;
            if (normalizedOffset < normalizedStart + normalizedLength)
            {
                return originalStart;
            }

            originalStart += length;
            normalizedStart += normalizedLength;
        }

        // Composition across clusters (not expected): fall back to twitter-text's length adjustment.
        return Math.Clamp(normalizedOffset + original.Length - normalized.Length, 0, original.Length);
    }

    private static bool IsTriviallyNormalized(ReadOnlySpan<char> text, out bool hasLoneSurrogate)
    {
        hasLoneSurrogate = false;
        var trivial = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u0300')
            {
                continue;
            }

            trivial = false;
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                if (IsLoneSurrogate(text, i))
                {
                    hasLoneSurrogate = true;
                    return false;
                }

                i += char.IsHighSurrogate(c) ? 1 : 0;
            }
        }

        return trivial;
    }

    /// <summary>A lone surrogate, or U+FFFE / U+FFFF, which .NET's normaliser rejects (JavaScript keeps them).</summary>
    private static bool IsLoneSurrogate(ReadOnlySpan<char> text, int i) =>
        text[i] is '\uFFFE' or '\uFFFF'
        || (char.IsHighSurrogate(text[i])
            ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
            : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
}
