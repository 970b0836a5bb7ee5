namespace ContentLint.Core.Channels.Counting;

/// <summary>Counts Unicode code points (a ZWJ family emoji counts 7, e + U+0301 counts 2).</summary>
public sealed class CodePointCounter : ITextCounter
{
    /// <summary>The shared instance (the counter has no state).</summary>
    public static CodePointCounter Instance { get; } = new();

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.CodePoints;

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text) => new(TextMetrics.CodePoints(text));

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit) => TextMetrics.CodePointOverflowOffset(text, limit);

    /// <inheritdoc />
    public string Describe() => "Unicode code points";
}
