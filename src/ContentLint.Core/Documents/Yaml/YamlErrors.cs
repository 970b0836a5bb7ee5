using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using YamlDotNet.Core;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>Turns YamlDotNet exceptions into a position and a short message without its location prefix.</summary>
public static class YamlErrors
{
    /// <summary>The source span the exception points at (one character, or empty at the end of the text).</summary>
    public static TextSpan SpanOf(YamlException exception, string text, int offsetBase = 0)
    {
        var start = Math.Clamp((int)exception.Start.Index + offsetBase, 0, text.Length);
        var end = Math.Clamp((int)exception.End.Index + offsetBase, start, text.Length);
        if (end == start && start < text.Length && text[start] is not ('\n' or '\r'))
        {
            end = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1);
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>
    /// True for what YamlDotNet throws on malformed input: <see cref="YamlException"/>, and the other
    /// exceptions that some malformed input makes its scanner throw.
    /// </summary>
    public static bool IsParserFailure(Exception exception) =>
        exception is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException;

    /// <summary>The exception's message, with YamlDotNet's "(Line: 1, Col: 2, Idx: 3) - (…): " prefix removed.</summary>
    public static string Describe(YamlException exception)
    {
        var message = exception.InnerException is YamlException inner && inner.Message.Length > 0 ? inner.Message : exception.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0)
        {
            message = message[(marker + 3)..];
        }

        message = message.Trim().TrimEnd('.');
        return message.Length == 0 ? "the YAML parser stopped here" : char.ToLowerInvariant(message[0]) + message[1..];
    }
}
