using System.Globalization;
using System.Text;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// Text from posts made writable in XML 1.0 and safe to show: what <see cref="Printable"/> escapes
/// (control characters, bidi controls), plus what XML 1.0 cannot hold at all (unpaired surrogates,
/// U+FFFE, U+FFFF), written as visible <c>\uXXXX</c> escapes instead of failing the whole report.
/// </summary>
internal static class XmlSafeText
{
    /// <summary><paramref name="text"/> on one line, every character legal in XML 1.0.</summary>
    public static string Of(string text)
    {
        var printable = Printable.Escape(text);
        StringBuilder? builder = null;
        for (var i = 0; i < printable.Length; i++)
        {
            var c = printable[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < printable.Length && char.IsLowSurrogate(printable[i + 1]);
            if (paired)
            {
                builder?.Append(c).Append(printable[i + 1]);
                i++;
                continue;
            }

            if (!char.IsSurrogate(c) && c is not '\uFFFE' and not '\uFFFF')
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(printable, 0, i, printable.Length + 8);
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder?.ToString() ?? printable;
    }
}
