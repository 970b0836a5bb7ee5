namespace ContentLint.Core.Channels.Counting;

/// <summary>Counts UTF-16 code units (JavaScript's length; an emoji outside the BMP counts 2).</summary>
public sealed class Utf16Counter : ITextCounter
{
    /// <summary>The shared instance (the counter has no state).</summary>
    public static Utf16Counter Instance { get; } = new();

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.Utf16;

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text) => new(TextMetrics.Utf16Units(text));

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit) => TextMetrics.Utf16OverflowOffset(text, limit);

    /// <inheritdoc />
    public string Describe() => "UTF-16 code units";
}
