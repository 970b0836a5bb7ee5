namespace ContentLint.Core.Text;

/// <summary>
/// Converts between UTF-16 offsets and line/character positions of one text.
/// Line breaks are CRLF, LF or a lone CR, like VS Code and the LSP specification.
/// </summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;
    private readonly string _text;

    /// <summary>Builds the map of <paramref name="text"/>.</summary>
    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>Number of lines; a text ending with a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Position of <paramref name="offset"/>, clamped to the text.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>Start and end positions of <paramref name="span"/>.</summary>
    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of <paramref name="position"/>; a character past the line's end is clamped to it.</summary>
    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return _text.Length;
        }

        var line = GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>Offset where <paramref name="line"/> starts.</summary>
    public int GetLineStart(int line) => _lineStarts[line];

    /// <summary>The span of <paramref name="line"/> without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The text of <paramref name="line"/> without its line break.</summary>
    public string GetLineText(int line)
    {
        var span = GetLineSpan(line);
        return _text.Substring(span.Start, span.Length);
    }

    /// <summary>The span of <paramref name="line"/> including its line break, if any.</summary>
    public TextSpan GetLineSpanIncludingBreak(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        return TextSpan.FromBounds(start, end);
    }
}
