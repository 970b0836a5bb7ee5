using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

/// <summary>A post: front matter (4 lines) then a Markdown body, with LF or CRLF line endings.</summary>
internal sealed class MarkdownSample
{
    public const string FrontMatter = "---\nchannel: linkedin\nlang: fr\n---\n";

    /// <summary>File line of the body's first line.</summary>
    public const int FirstBodyLine = 5;

    private MarkdownSample(string source, TextSpan range)
    {
        Source = source;
        Range = range;
        Result = MarkdownTextExtractor.Extract(source, range);
        AssertWellMapped(source, range, Result);
    }

    public string Source { get; }

    public TextSpan Range { get; }

    public MappedText Result { get; }

    public string Text => Result.Text;

    /// <summary>Builds a sample from an LF body; <paramref name="crlf"/> turns every LF into CRLF.</summary>
    public static MarkdownSample Create(string body, bool crlf = false)
    {
        var frontMatter = crlf ? FrontMatter.Replace("\n", "\r\n", StringComparison.Ordinal) : FrontMatter;
        var text = crlf ? body.Replace("\n", "\r\n", StringComparison.Ordinal) : body;
        return new MarkdownSample(frontMatter + text, new TextSpan(frontMatter.Length, text.Length));
    }

    /// <summary>Asserts that <paramref name="word"/> (its n-th occurrence in the text) maps to the same word at line:column.</summary>
    public void AssertWord(string word, int line, int column, int occurrence = 0)
    {
        var source = MapWord(word, occurrence);
        Assert.Equal(word, Source.Substring(source.Start, source.Length));
        var position = new LineMap(Source).GetPosition(source.Start);
        Assert.Equal((line, column), (position.OneBasedLine, position.OneBasedColumn));
    }

    /// <summary>The source span of the n-th occurrence of <paramref name="word"/> in the text.</summary>
    public TextSpan MapWord(string word, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = Text.IndexOf(word, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{word}' #{occurrence} not in '{Text}'");
        }

        return Result.Map.MapSpan(new TextSpan(index, word.Length));
    }

    /// <summary>The source text under the derived span.</summary>
    public string SourceOf(TextSpan textSpan)
    {
        var span = Result.Map.MapSpan(textSpan);
        return Source.Substring(span.Start, span.Length);
    }

    /// <summary>Regions as (kind, text, source text) triples.</summary>
    public IEnumerable<(TextRegionKind Kind, string Text, string Source)> Regions() =>
        Result.Regions.Select(r => (r.Kind, Text.Substring(r.Span.Start, r.Span.Length), SourceOf(r.Span)));

    /// <summary>Runs cover the text in order, lie in the range, and verbatim runs copy their source.</summary>
    public static void AssertWellMapped(string source, TextSpan range, MappedText result)
    {
        Assert.Equal(result.Text.Length, result.Map.TextLength);
        var expectedStart = 0;
        foreach (var run in result.Map.Runs)
        {
            Assert.Equal(expectedStart, run.TextStart);
            expectedStart += run.TextLength;
            Assert.True(run.SourceStart >= range.Start && run.SourceEnd <= range.End, $"run {run} outside {range}");
            if (run.IsVerbatim)
            {
                Assert.Equal(source.Substring(run.SourceStart, run.SourceLength), result.Text.Substring(run.TextStart, run.TextLength));
            }
        }

        Assert.Equal(result.Text.Length, expectedStart);
    }
}
