namespace ContentLint.Core.Channels.Counting;

/// <summary>A counting method: pure, thread-safe, allocation-light.</summary>
public interface ITextCounter
{
    /// <summary>The method this counter implements.</summary>
    CountingMethod Method { get; }

    /// <summary>Counts <paramref name="text"/>.</summary>
    CountResult Count(ReadOnlySpan<char> text);

    /// <summary>
    /// The UTF-16 offset in <paramref name="text"/> of the first counting unit (character, grapheme,
    /// URL, emoji…) that takes the count above <paramref name="limit"/>, so that a finding can cover
    /// exactly the overflow; -1 when the whole text fits.
    /// </summary>
    int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit);

    /// <summary>The method's name for messages, e.g. "X weighted length (twitter-text v3)".</summary>
    string Describe();
}
