using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>Parsing, mapping and editing helpers shared by the YAML scalar tests.</summary>
internal static class YamlTestSupport
{
    public static string Lines(string newLine, params string[] lines) => string.Join(newLine, lines);

    public static IReadOnlyList<YamlScalarNode> Scalars(string source)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(source));
        return [.. stream.Documents.SelectMany(d => d.AllNodes).OfType<YamlScalarNode>()];
    }

    /// <summary>The scalar value of the first mapping entry whose key is <paramref name="key"/>.</summary>
    public static YamlScalarNode ValueOf(string source, string key)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(source));
        return stream.Documents.SelectMany(d => d.AllNodes).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children)
            .Where(e => e.Key is YamlScalarNode { Value: var k } && k == key)
            .Select(e => (YamlScalarNode)e.Value)
            .First();
    }

    public static MappedText MapValue(string source, string key) => YamlScalarMapper.Map(source, ValueOf(source, key));

    /// <summary>Maps <paramref name="word"/> (its first occurrence in the value) and checks its source text and 1-based position.</summary>
    public static TextSpan AssertWord(string source, MappedText mapped, string word, string expectedPosition, string? expectedSource = null)
    {
        var index = mapped.Text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{word}' not found in '{mapped.Text}'");
        var span = mapped.Map.MapSpan(new TextSpan(index, word.Length));
        Assert.Equal(expectedSource ?? word, source.Substring(span.Start, span.Length));
        Assert.Equal(expectedPosition, new LineMap(source).GetPosition(span.Start).ToString());
        return span;
    }

    /// <summary>
    /// Replaces <paramref name="word"/> in the value through the encoder; returns the new source, or
    /// null when the edit span cuts a synthetic run or the encoder refuses the replacement.
    /// </summary>
    public static string? Replace(string source, MappedText mapped, string word, string replacement, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = mapped.Text.IndexOf(word, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{word}' not found in '{mapped.Text}'");
        return Replace(source, mapped, new TextSpan(index, word.Length), replacement);
    }

    public static string? Replace(string source, MappedText mapped, TextSpan textSpan, string replacement)
    {
        if (!mapped.Map.TryMapEditSpan(textSpan, out var sourceSpan) || mapped.Encoder?.Encode(replacement) is not { } encoded)
        {
            return null;
        }

        return string.Concat(source.AsSpan(0, sourceSpan.Start), encoded, source.AsSpan(sourceSpan.End));
    }

    /// <summary>Checks the invariants of a map: runs tile the text, verbatim runs copy their source.</summary>
    public static void AssertRunsConsistent(string source, MappedText mapped)
    {
        var textOffset = 0;
        foreach (var run in mapped.Map.Runs)
        {
            Assert.Equal(textOffset, run.TextStart);
            Assert.True(run.SourceStart >= 0 && run.SourceEnd <= source.Length);
            if (run.IsVerbatim)
            {
                Assert.Equal(run.TextLength, run.SourceLength);
                Assert.Equal(mapped.Text.Substring(run.TextStart, run.TextLength), source.Substring(run.SourceStart, run.SourceLength));
            }

            textOffset += run.TextLength;
        }

        Assert.Equal(mapped.Text.Length, textOffset);
    }
}
