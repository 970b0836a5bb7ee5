namespace ContentLint.Core.Channels.Counting;

/// <summary>Counts extended grapheme clusters (Bluesky's characters; 👩‍👩‍👧‍👦, 🇫🇷 and e + U+0301 each count 1).</summary>
public sealed class GraphemeCounter : ITextCounter
{
    /// <summary>The shared instance (the counter has no state).</summary>
    public static GraphemeCounter Instance { get; } = new();

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.Graphemes;

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text) => new(TextMetrics.Graphemes(text));

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit) => TextMetrics.GraphemeOverflowOffset(text, limit);

    /// <inheritdoc />
    public string Describe() => "grapheme clusters";
}
