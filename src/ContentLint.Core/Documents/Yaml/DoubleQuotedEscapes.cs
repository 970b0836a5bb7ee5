using System.Globalization;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>The escape sequences of double-quoted scalars that YamlDotNet reads (YAML 1.1 and 1.2).</summary>
internal static class DoubleQuotedEscapes
{
    /// <summary>
    /// Reads the escape sequence at <paramref name="index"/> (a backslash): its value and its length
    /// in the source. A <c>\uD83D\uDE00</c> surrogate pair reads as one sequence, as YamlDotNet does.
    /// </summary>
    /// <exception cref="FormatException">The sequence is not one YamlDotNet accepts.</exception>
    public static (string Text, int Length) Decode(string source, int index)
    {
        var code = index + 1 < source.Length ? source[index + 1] : '\0';
        var simple = Simple(code);
        if (simple is { } c)
        {
            return (c.ToString(), 2);
        }

        var digits = code switch
        {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => throw new FormatException($"Unknown escape sequence '\\{code}' at offset {index}."),
        };
        var value = ReadHex(source, index + 2, digits);
        var length = 2 + digits;
        if (value is >= 0xD800 and <= 0xDFFF)
        {
            var next = index + length;
            var lowDigits = next + 1 < source.Length && source[next] == '\\' ? source[next + 1] switch
            {
                'u' => 4,
                'U' => 8,
                _ => 0,
            } : 0;
            if (lowDigits == 0)
            {
                throw new FormatException($"Unpaired surrogate escape at offset {index}.");
            }

            var low = ReadHex(source, next + 2, lowDigits);
            length += 2 + lowDigits;
            return (new string([(char)value, (char)low]), length);
        }

        return (char.ConvertFromUtf32(value), length);
    }

    /// <summary>The single character a one-letter escape stands for, or null.</summary>
    public static char? Simple(char code) => code switch
    {
        '0' => '\0',
        'a' => '\a',
        'b' => '\b',
        't' or '\t' => '\t',
        'n' => '\n',
        'v' => '\v',
        'f' => '\f',
        'r' => '\r',
        'e' => '\x1B',
        ' ' => ' ',
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        'N' => '\u0085',
        '_' => '\u00A0',
        'L' => '\u2028',
        'P' => '\u2029',
        _ => null,
    };

    private static int ReadHex(string source, int start, int digits)
    {
        if (start + digits > source.Length
            || !long.TryParse(source.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || value > 0x10FFFF)
        {
            throw new FormatException($"Expected {digits} hexadecimal digits of a code point at offset {start}.");
        }

        return (int)value;
    }
}
