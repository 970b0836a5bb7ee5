using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>Reads a JSON string that may hold lone surrogates as <c>\uXXXX</c> escapes (System.Text.Json refuses them).</summary>
internal static class JsonText
{
    /// <summary>The string value of <paramref name="element"/>, lone surrogates kept.</summary>
    public static string ReadString(JsonElement element)
    {
        var raw = element.GetRawText();
        var builder = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            if (raw[i] != '\\')
            {
                builder.Append(raw[i]);
                continue;
            }

            var escape = raw[++i];
            switch (escape)
            {
                case 'u':
                    builder.Append((char)int.Parse(raw.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                default: builder.Append(escape); break;
            }
        }

        return builder.ToString();
    }
}
