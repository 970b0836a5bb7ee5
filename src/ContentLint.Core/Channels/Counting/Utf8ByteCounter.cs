namespace ContentLint.Core.Channels.Counting;

/// <summary>Counts UTF-8 bytes (Bluesky's byte limit, YouTube descriptions; é is 2 bytes, most emoji 4).</summary>
public sealed class Utf8ByteCounter : ITextCounter
{
    /// <summary>The shared instance (the counter has no state).</summary>
    public static Utf8ByteCounter Instance { get; } = new();

    /// <inheritdoc />
    public CountingMethod Method => CountingMethod.Utf8Bytes;

    /// <inheritdoc />
    public CountResult Count(ReadOnlySpan<char> text) => new(TextMetrics.Utf8Bytes(text));

    /// <inheritdoc />
    public int OffsetOfFirstOverflow(ReadOnlySpan<char> text, int limit) => TextMetrics.Utf8OverflowOffset(text, limit);

    /// <inheritdoc />
    public string Describe() => "UTF-8 bytes";
}
