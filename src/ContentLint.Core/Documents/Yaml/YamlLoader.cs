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
