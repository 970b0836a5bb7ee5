using ContentLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Loads YAML into YamlDotNet's representation model and turns every failure into a position and a
/// message: YamlDotNet reports most errors as <see cref="YamlException"/>, but some malformed input
/// makes its scanner throw other exceptions; and YAML that would make the model (or code walking it)
/// recurse or expand without bound is refused by <see cref="YamlGuardedParser"/> before it is built.
/// </summary>
public static class YamlLoader
{
    /// <summary>Loads <paramref name="yaml"/>; on failure returns null and where and why it failed.</summary>
    public static YamlStream? Load(string yaml, out (TextSpan Span, string Message) error)
    {
        error = default;
        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlGuardedParser(new Parser(new StringReader(yaml))));
            if (SecondDocument(stream, yaml) is { } second)
            {
                error = (second, "a second YAML document starts here: a file holds one, and everything after this '---' would be ignored");
                return null;
            }

            return stream;
        }
        catch (YamlException ex)
        {
            error = (YamlErrors.SpanOf(ex, yaml), YamlErrors.Describe(ex));
        }
        catch (Exception ex) when (YamlErrors.IsParserFailure(ex))
        {
            var at = LastGoodOffset(yaml);
            error = (new TextSpan(at, 0), "the YAML parser stopped here; look for an unclosed '[', '{' or quote just before");
        }

        return null;
    }

    /// <summary>
    /// Where a second document with content starts (its <c>---</c> when it has one): every reader takes
    /// the first document only, so posts or policy after it would be silently skipped. An empty
    /// document (a trailing <c>---</c>) holds nothing to skip.
    /// </summary>
    private static TextSpan? SecondDocument(YamlStream stream, string yaml)
    {
        var extra = stream.Documents.Skip(1).FirstOrDefault(d => d.RootNode is not YamlScalarNode { Value: null or "" });
        if (extra is null)
        {
            return null;
        }

        var start = Math.Clamp((int)extra.RootNode.Start.Index, 0, yaml.Length);
        var marker = start >= 3 ? yaml.LastIndexOf("---", start - 1, StringComparison.Ordinal) : -1;
        return marker >= 0 && (marker == 0 || yaml[marker - 1] == '\n') ? new TextSpan(marker, 3) : new TextSpan(start, 0);
    }

    private static int LastGoodOffset(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var offset = 0;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is ParsingEvent e)
                {
                    offset = (int)e.End.Index;
                }
            }
        }
        catch (Exception)
        {
            // Expected: this pass only finds how far the parser got before the failure already reported.
        }

        return Math.Clamp(offset, 0, yaml.Length);
    }
}
