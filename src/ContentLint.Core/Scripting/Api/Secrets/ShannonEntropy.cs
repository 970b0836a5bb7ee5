namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>Shannon entropy of a string's characters, in bits per character.</summary>
public static class ShannonEntropy
{
    /// <summary>−Σ p·log2(p) over the frequencies of the characters of <paramref name="value"/>.</summary>
    public static double BitsPerChar(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }
}
