using System.Globalization;
using System.Text;

namespace ContentLint.Cli;

/// <summary>
/// Makes text from posts, file names and rule files safe to print on a terminal or in a CI log:
/// control characters (C0 but tab, DEL, C1), line and paragraph separators and bidi controls are
/// written as visible escapes (<c>\n</c>, <c>\u001B</c>), so a post cannot forge a line of its
/// own (a GitHub <c>::error</c> command), colour the terminal or reorder what is shown.
/// </summary>
public static class Printable
{
    /// <summary><paramref name="text"/> with every unsafe character escaped, on one line.</summary>
    public static string Escape(string text) => Escape(text, keepLineBreaks: false);

    /// <summary><paramref name="text"/> with every unsafe character escaped but its line feeds (help texts, reports).</summary>
    public static string EscapeKeepingLineBreaks(string text) => Escape(text, keepLineBreaks: true);

    /// <summary>The visible escape of <paramref name="c"/>, or null when it prints as itself.</summary>
    public static string? EscapeOf(char c) => c switch
    {
        '\t' => null,
        '\n' => "\\n",
        '\r' => "\\r",
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => Hex(c),
        '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F' => Hex(c),
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => Hex(c),
        _ => null,
    };

    private static string Escape(string text, bool keepLineBreaks)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = keepLineBreaks && text[i] == '\n' ? null : EscapeOf(text[i]);
            if (escape is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text, 0, i, text.Length + 8);
            builder.Append(escape);
        }

        return builder?.ToString() ?? text;
    }

    private static string Hex(char c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
