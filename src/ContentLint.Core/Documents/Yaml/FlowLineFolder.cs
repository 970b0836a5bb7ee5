using System.Text;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Line folding of plain and quoted (flow) scalars, as YamlDotNet's scanner does it, recording
/// where each value character comes from. White space between two characters of one line is kept
/// verbatim; white space before a line break is dropped; a line break with the white space and
/// empty lines around it becomes one synthetic run: a space, or one <c>\n</c> per empty line.
/// </summary>
internal sealed class FlowLineFolder
{
    private readonly MappedTextBuilder _builder;
    private readonly StringBuilder _trailingBreaks = new();
    private char _leadingBreak;
    private bool _hasLeadingBlanks;
    private int _whitespaceStart = -1;
    private int _lastEnd;

    /// <summary>Starts folding at source offset <paramref name="start"/>.</summary>
    public FlowLineFolder(MappedTextBuilder builder, int start)
    {
        _builder = builder;
        _lastEnd = start;
    }

    /// <summary>Records a space or tab at <paramref name="index"/>.</summary>
    public void White(int index)
    {
        if (!_hasLeadingBlanks && _whitespaceStart < 0)
        {
            _whitespaceStart = index;
        }
    }

    /// <summary>Records the line break <paramref name="c"/>.</summary>
    public void Break(char c)
    {
        if (_hasLeadingBlanks)
        {
            _trailingBreaks.Append(YamlChars.BreakValue(c));
        }
        else
        {
            _leadingBreak = YamlChars.BreakValue(c);
            _hasLeadingBlanks = true;
            _whitespaceStart = -1;
        }
    }

    /// <summary>Records a double-quoted escaped line break (<c>\</c> at the end of a line): it reads as nothing.</summary>
    public void EscapedBreak()
    {
        _leadingBreak = '\0';
        _hasLeadingBlanks = true;
        _whitespaceStart = -1;
    }

    /// <summary>Writes the pending white space or fold before the content that starts at <paramref name="index"/>.</summary>
    public void Flush(int index)
    {
        if (_hasLeadingBlanks)
        {
            var text = _leadingBreak switch
            {
                '\n' => _trailingBreaks.Length == 0 ? " " : _trailingBreaks.ToString(),
                '\0' => _trailingBreaks.ToString(),
                _ => _leadingBreak + _trailingBreaks.ToString(),
            };
            _builder.AppendSynthetic(text, TextSpan.FromBounds(_lastEnd, index));
            _trailingBreaks.Clear();
            _hasLeadingBlanks = false;
        }
        else if (_whitespaceStart >= 0)
        {
            _builder.AppendVerbatim(_whitespaceStart, index - _whitespaceStart);
        }

        _whitespaceStart = -1;
        _lastEnd = index;
    }

    /// <summary>Copies <paramref name="length"/> source characters at <paramref name="index"/> as they are.</summary>
    public void Verbatim(int index, int length)
    {
        _builder.AppendVerbatim(index, length);
        _lastEnd = index + length;
    }

    /// <summary>Appends <paramref name="text"/> read from the <paramref name="length"/> source characters at <paramref name="index"/>.</summary>
    public void Synthetic(string text, int index, int length)
    {
        _builder.AppendSynthetic(text, new TextSpan(index, length));
        _lastEnd = index + length;
    }
}
