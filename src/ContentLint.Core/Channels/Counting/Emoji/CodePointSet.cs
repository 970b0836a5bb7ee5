namespace ContentLint.Core.Channels.Counting.Emoji;

/// <summary>A bit set over code points U+0000–U+1FFFF (every emoji lies below U+20000).</summary>
internal sealed class CodePointSet
{
    private const int Limit = 0x20000;
    private readonly ulong[] _bits = new ulong[Limit / 64];

    /// <summary>True when <paramref name="codePoint"/> is in the set.</summary>
    public bool Contains(int codePoint) =>
        (uint)codePoint < Limit && (_bits[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;

    /// <summary>Builds a set from inclusive pairs, then adds and removes single code points.</summary>
    public static CodePointSet Create(ReadOnlySpan<int> rangePairs, ReadOnlySpan<int> add = default, ReadOnlySpan<int> remove = default)
    {
        var set = new CodePointSet();
        for (var i = 0; i < rangePairs.Length; i += 2)
        {
            for (var cp = rangePairs[i]; cp <= rangePairs[i + 1]; cp++)
            {
                set.Set(cp, true);
            }
        }

        foreach (var cp in add)
        {
            set.Set(cp, true);
        }

        foreach (var cp in remove)
        {
            set.Set(cp, false);
        }

        return set;
    }

    /// <summary>The set of code points in <paramref name="first"/> and not in <paramref name="second"/>.</summary>
    public static CodePointSet Except(CodePointSet first, CodePointSet second)
    {
        var set = new CodePointSet();
        for (var i = 0; i < set._bits.Length; i++)
        {
            set._bits[i] = first._bits[i] & ~second._bits[i];
        }

        return set;
    }

    private void Set(int cp, bool value)
    {
        if (value)
        {
            _bits[cp >> 6] |= 1UL << (cp & 63);
        }
        else
        {
            _bits[cp >> 6] &= ~(1UL << (cp & 63));
        }
    }
}
