using System.Text;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Re-reads the content of a literal or folded block scalar the way YamlDotNet's scanner does.
/// Content characters (after the indentation) are verbatim. The line breaks between two content
/// lines, with the empty lines and the next line's indentation, read as one synthetic run (<c>\n</c>,
/// a folded space, or <c>\n</c> per empty line), so that an edit across them replaces the
/// indentation too. Breaks kept at the end by chomping map to their own source characters.
/// </summary>
internal sealed class BlockScalarScanner
{
    private readonly string _source;
    private readonly BlockScalarHeader _header;
    private readonly int _end;
    private readonly int _parentIndent;
    private readonly MappedTextBuilder _builder;
    private readonly List<int> _trailingBreaks = [];
    private int? _leadingBreak;
    private int _index;
    private int _lineStart;
    private int _lastEnd;

    private BlockScalarScanner(string source, BlockScalarHeader header, int end, int parentIndent, MappedTextBuilder builder)
    {
        _source = source;
        _header = header;
        _end = end;
        _parentIndent = parentIndent;
        _builder = builder;
        _index = _lineStart = _lastEnd = header.ContentStart;
    }

    private int Column => _index - _lineStart;

    /// <summary>
    /// Appends the value of the block scalar that ends at <paramref name="end"/> to
    /// <paramref name="builder"/>, assuming the enclosing collection is indented by
    /// <paramref name="parentIndent"/> columns (-1 at the document level); returns the content indentation.
    /// </summary>
    public static int Scan(string source, BlockScalarHeader header, int end, int parentIndent, MappedTextBuilder builder) =>
        new BlockScalarScanner(source, header, end, parentIndent, builder).Run();

    private int Run()
    {
        var indent = _header.Increment == 0 ? 0
            : _parentIndent >= 0 ? _parentIndent + _header.Increment : _header.Increment;
        indent = ScanBreaks(indent);
        var leadingBlank = false;
        while (_index < _end && Column == indent)
        {
            var trailingBlank = YamlChars.IsWhite(_source[_index]);
            AppendJoin(fold: !_header.IsLiteral && !leadingBlank && !trailingBlank);
            leadingBlank = trailingBlank;

            var contentStart = _index;
            while (_index < _end && !YamlChars.IsBreak(_source[_index]))
            {
                _index++;
            }

            _builder.AppendVerbatim(contentStart, _index - contentStart);
            _lastEnd = _index;
            if (_index < _end)
            {
                _leadingBreak = _index;
                _index += YamlChars.BreakLength(_source, _index);
                _lineStart = _index;
            }

            indent = ScanBreaks(indent);
        }

        if (_header.Chomping != -1 && _leadingBreak is { } last)
        {
            AppendBreak(last);
        }

        if (_header.Chomping == 1)
        {
            _trailingBreaks.ForEach(AppendBreak);
        }

        return indent;
    }

    private void AppendJoin(bool fold)
    {
        var text = new StringBuilder();
        if (_leadingBreak is { } leading)
        {
            var value = YamlChars.BreakValue(_source[leading]);
            if (!fold || value != '\n')
            {
                text.Append(value);
            }
            else if (_trailingBreaks.Count == 0)
            {
                text.Append(' ');
            }
        }

        foreach (var position in _trailingBreaks)
        {
            text.Append(YamlChars.BreakValue(_source[position]));
        }

        _builder.AppendSynthetic(text.ToString(), TextSpan.FromBounds(_lastEnd, _index));
        _leadingBreak = null;
        _trailingBreaks.Clear();
    }

    private void AppendBreak(int position)
    {
        var value = YamlChars.BreakValue(_source[position]);
        var length = YamlChars.BreakLength(_source, position);
        if (length == 1 && _source[position] == value)
        {
            _builder.AppendVerbatim(position, 1);
        }
        else
        {
            _builder.AppendSynthetic(value.ToString(), new TextSpan(position, length));
        }
    }

    // Indentation spaces and empty lines before a content line (YamlDotNet's ScanBlockScalarBreaks).
    private int ScanBreaks(int indent)
    {
        var maxIndent = 0;
        while (true)
        {
            while ((indent == 0 || Column < indent) && _index < _end && _source[_index] == ' ')
            {
                _index++;
            }

            maxIndent = Math.Max(maxIndent, Column);
            if (_index >= _end || !YamlChars.IsBreak(_source[_index]))
            {
                break;
            }

            _trailingBreaks.Add(_index);
            _index += YamlChars.BreakLength(_source, _index);
            _lineStart = _index;
        }

        if (indent == 0 && (Column > 0 || _parentIndent > -1))
        {
            indent = Math.Max(maxIndent, Math.Max(_parentIndent + 1, 1));
        }

        return indent;
    }
}
