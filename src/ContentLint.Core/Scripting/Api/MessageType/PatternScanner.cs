using System.Globalization;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// The lexical side of reading a .NET pattern for <see cref="RequiredLiterals"/>: characters, escapes, classes,
/// quantifiers and group openings. Throws <see cref="NotSupportedException"/> on a construct it does not know.
/// </summary>
/// <param name="pattern">The pattern's text.</param>
internal abstract partial class PatternScanner(string pattern)
{
    private readonly string _pattern = pattern;
    private const string Special = @"\[](){}|?*+^$.";
    private int _at;

    /// <summary>True when the whole pattern has been read.</summary>
    public bool AtEnd => _at >= _pattern.Length;

    /// <summary>The next character, not consumed ('\0' at the end).</summary>
    protected char Peek => AtEnd ? '\0' : _pattern[_at];

    /// <summary>Consumes the next character.</summary>
    protected char Next() => AtEnd ? throw new NotSupportedException("_pattern ends early") : _pattern[_at++];

    /// <summary>Consumes <paramref name="c"/> when it comes next.</summary>
    protected bool Accept(char c)
    {
        if (AtEnd || _pattern[_at] != c)
        {
            return false;
        }

        _at++;
        return true;
    }

    /// <summary>Consumes <paramref name="c"/>, which must come next.</summary>
    protected void Expect(char c)
    {
        if (!Accept(c))
        {
            throw new NotSupportedException($"'{c}' expected at {_at}");
        }
    }

    /// <summary>
    /// A run of plain characters ("ca fait "), read as one literal; its last character is left when a quantifier
    /// follows it ("jours?" reads "jour"). Null when the next character is not plain.
    /// </summary>
    protected string? ReadLiteralRun()
    {
        var start = _at;
        while (!AtEnd && !Special.Contains(_pattern[_at]))
        {
            _at++;
        }

        if (_at - start > 1 && Peek is '?' or '*' or '+' or '{')
        {
            _at--;
        }

        return _at > start ? _pattern[start.._at] : null;
    }

    /// <summary>After '(': true for a lookaround (it matches no characters); reads past a group's name or "?:".</summary>
    protected bool ReadGroupOpening()
    {
        if (!Accept('?'))
        {
            return false;
        }

        switch (Next())
        {
            case ':' or '>':
                return false;
            case '=' or '!':
                return true;
            case '<' when Accept('=') || Accept('!'):
                return true;
            case '<':
                SkipPast('>');
                return false;
            case '\'':
                SkipPast('\'');
                return false;
            default:
                throw new NotSupportedException("inline options or a conditional");
        }
    }

    /// <summary>After an atom: its repetition (min, max; max = int.MaxValue when unbounded), or null when none.</summary>
    protected (int Min, int Max)? ReadQuantifier()
    {
        (int, int)? times = Peek switch
        {
            '?' => (0, 1),
            '*' => (0, int.MaxValue),
            '+' => (1, int.MaxValue),
            '{' => ReadBraces(),
            _ => null,
        };
        if (times is not null)
        {
            _at++; // '?', '*', '+' or the closing '}' 
            Accept('?'); // lazy: matches the same strings
        }

        return times;
    }

    private char PeekAt(int offset) => _at + offset < _pattern.Length ? _pattern[_at + offset] : '\0';

    private (int, int)? ReadBraces()
    {
        var close = _pattern.IndexOf('}', _at);
        var parts = close < 0 ? [] : _pattern[(_at + 1)..close].Split(',');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min))
        {
            return null; // a literal '{'
        }

        var max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue
            : int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1;
        if (max < 0)
        {
            return null;
        }

        _at = close; // the quantifier's last character, consumed by ReadQuantifier
        return (min, max);
    }

    private HashSet<string>? SkipPast(char end)
    {
        var at = _pattern.IndexOf(end, _at);
        _at = at < 0 ? throw new NotSupportedException($"'{end}' expected") : at + 1;
        return null;
    }
}
