namespace ContentLint.Core.Documents;

/// <summary>
/// Writes replacement text back in the source's syntax (YAML quoting and escapes, block
/// indentation…), so that a fix changes the value a reader sees and nothing else.
/// </summary>
public interface IReplacementEncoder
{
    /// <summary>
    /// The source text for <paramref name="replacement"/> (line breaks as <c>\n</c>), or null when
    /// this source cannot hold it without changing the surrounding syntax; the fix is then not offered.
    /// </summary>
    string? Encode(string replacement);
}

/// <summary>Source text that holds any replacement as it is (Markdown bodies).</summary>
public sealed class VerbatimEncoder : IReplacementEncoder
{
    /// <summary>The shared instance.</summary>
    public static readonly VerbatimEncoder Instance = new();

    private VerbatimEncoder()
    {
    }

    /// <inheritdoc />
    public string? Encode(string replacement) => replacement;
}
