namespace ContentLint.Core.Documents.Yaml;

/// <summary>The header line of a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar.</summary>
/// <param name="IsLiteral">True for <c>|</c>, false for <c>&gt;</c>.</param>
/// <param name="Chomping">-1 strip (<c>-</c>), 0 clip (none), +1 keep (<c>+</c>).</param>
/// <param name="Increment">The explicit indentation indicator (1–9), or 0 when the indentation is detected.</param>
/// <param name="ContentStart">Source offset of the first line after the header.</param>
internal readonly record struct BlockScalarHeader(bool IsLiteral, int Chomping, int Increment, int ContentStart)
{
    /// <summary>Reads the header that starts at the indicator at <paramref name="start"/>.</summary>
    /// <exception cref="FormatException">There is no block scalar indicator at <paramref name="start"/>.</exception>
    public static BlockScalarHeader Parse(string source, int start, int end)
    {
        if (start >= end || source[start] is not ('|' or '>'))
        {
            throw new FormatException($"Expected a block scalar indicator '|' or '>' at offset {start}.");
        }

        var isLiteral = source[start] == '|';
        var i = start + 1;
        int chomping = 0, increment = 0;
        for (var k = 0; k < 2 && i < end; k++)
        {
            if (chomping == 0 && source[i] is '+' or '-')
            {
                chomping = source[i] == '+' ? 1 : -1;
                i++;
            }
            else if (increment == 0 && source[i] is >= '1' and <= '9')
            {
                increment = source[i] - '0';
                i++;
            }
        }

        while (i < end && !YamlChars.IsBreak(source[i]))
        {
            i++; // white space and a comment up to the end of the header line
        }

        if (i < end)
        {
            i += YamlChars.BreakLength(source, i);
        }

        return new BlockScalarHeader(isLiteral, chomping, increment, i);
    }
}
