namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// The length of <c>punycode.toASCII(label)</c> (punycode.js 1.4.1, the version twitter-text 3.1.0
/// pins), which twitter-text's <c>idna.toAscii</c> uses only to reject labels outside 1..63 units.
/// </summary>
internal static class Punycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int MaxInt = int.MaxValue;

    /// <summary>
    /// Length of the ASCII form of <paramref name="label"/>: the IDNA separators 。．｡ split it
    /// further, every part with a unit outside U+0020–U+007E becomes <c>xn--</c> + its Punycode.
    /// Returns <see cref="int.MaxValue"/> where punycode.js would throw on overflow.
    /// </summary>
    public static int AsciiLength(ReadOnlySpan<char> label)
    {
        var total = 0;
        var partStart = 0;
        for (var i = 0; i <= label.Length; i++)
        {
            if (i < label.Length && label[i] is not ('\u3002' or '\uFF0E' or '\uFF61'))
            {
                continue;
            }

            var part = label[partStart..i];
            var length = IsPrintableAscii(part) ? part.Length : EncodedLength(part);
            if (length == int.MaxValue)
            {
                return int.MaxValue;
            }

            total += length + (partStart > 0 ? 1 : 0);
            partStart = i + 1;
        }

        return total;
    }

    private static bool IsPrintableAscii(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (c is < '\u0020' or > '\u007E')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Length of <c>"xn--" + encode(part)</c> (RFC 3492 with punycode.js's overflow checks).</summary>
    private static int EncodedLength(ReadOnlySpan<char> part)
    {
        Span<int> buffer = part.Length <= 256 ? stackalloc int[part.Length] : new int[part.Length];
        var count = 0;
        for (var i = 0; i < part.Length; i++)
        {
            int c = part[i];
            if (char.IsHighSurrogate(part[i]) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                c = char.ConvertToUtf32(part[i], part[i + 1]);
                i++;
            }

            buffer[count++] = c;
        }

        var input = buffer[..count];
        var basic = 0;
        foreach (var c in input)
        {
            if (c < 0x80)
            {
                basic++;
            }
        }

        long outLength = 4 + basic + (basic > 0 ? 1 : 0);
        int n = 0x80, bias = 72, handled = basic;
        long delta = 0;
        while (handled < input.Length)
        {
            var m = MaxInt;
            foreach (var c in input)
            {
                if (c >= n && c < m)
                {
                    m = c;
                }
            }

            if (m - n > (MaxInt - delta) / (handled + 1))
            {
                return int.MaxValue;
            }

            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var c in input)
            {
                if (c < n && ++delta > MaxInt)
                {
                    return int.MaxValue;
                }

                if (c == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        long t = k <= bias ? TMin : (k >= bias + TMax ? TMax : k - bias);
                        if (q < t)
                        {
                            break;
                        }

                        outLength++;
                        q = (q - t) / (Base - t);
                    }

                    outLength++;
                    bias = Adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        return outLength > int.MaxValue - 1 ? int.MaxValue : (int)outLength;
    }

    private static int Adapt(long delta, int numPoints, bool firstTime)
    {
        var k = 0;
        delta = firstTime ? delta / 700 : delta >> 1;
        delta += delta / numPoints;
        while (delta > ((Base - TMin) * TMax) >> 1)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + ((Base - TMin + 1) * delta / (delta + 38)));
    }
}
