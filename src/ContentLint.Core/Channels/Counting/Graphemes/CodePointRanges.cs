namespace ContentLint.Core.Channels.Counting.Graphemes;

/// <summary>Membership in sorted inclusive code point pairs, by binary search.</summary>
internal static class CodePointRanges
{
    /// <summary>True when <paramref name="codePoint"/> lies in one of the <paramref name="pairs"/>.</summary>
    public static bool Contains(ReadOnlySpan<int> pairs, int codePoint)
    {
        int low = 0, high = (pairs.Length / 2) - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (codePoint < pairs[2 * mid])
            {
                high = mid - 1;
            }
            else if (codePoint > pairs[(2 * mid) + 1])
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
