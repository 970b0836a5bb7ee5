using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Loads YAML into YamlDotNet's representation model and turns every failure into a position and a
/// message: YamlDotNet reports most errors as <see cref="YamlException"/>, but some malformed input
/// makes its scanner throw other exceptions, and a very deep flow nesting would overflow the stack.
/// </summary>
public static class YamlLoader
{
    /// <summary>Deepest nesting accepted; posts and configuration need a handful of levels.</summary>
    public const int MaxDepth = 64;

    /// <summary>Loads <paramref name="yaml"/>; on failure returns null and where and why it failed.</summary>
    public static YamlStream? Load(string yaml, out (TextSpan Span, string Message) error)
    {
        error = default;
        if (TooDeep(yaml) is { } deepAt)
        {
            error = (new TextSpan(deepAt, 1), $"nesting deeper than {MaxDepth} levels");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
            return stream;
        }
        catch (YamlException ex)
        {
            error = (YamlErrors.SpanOf(ex, yaml), YamlErrors.Describe(ex));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
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

    /// <summary>Offset where flow brackets nest deeper than <see cref="MaxDepth"/>, ignoring quoted text and comments.</summary>
    private static int? TooDeep(string yaml)
    {
        var depth = 0;
        var quote = '\0';
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' when i == 0 || !char.IsLetterOrDigit(yaml[i - 1]):
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(yaml[i - 1]):
                    while (i < yaml.Length && yaml[i] is not ('\n' or '\r'))
                    {
                        i++;
                    }

                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return i;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '\n' when depth == 0:
                    quote = '\0';
                    break;
            }
        }

        return null;
    }
}
