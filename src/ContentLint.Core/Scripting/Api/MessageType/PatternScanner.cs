using System.Globalization;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// The lexical side of reading a .NET pattern for <see cref="RequiredLiterals"/>: characters, escapes, classes,
/// quantifiers and group openings. Throws <see cref="NotSupportedException"/> on a construct it does not know.
/// </summary>
/// <param name="pattern">The pattern's text.</param>
internal abstract class PatternScanner(string pattern)
{
    private static readonly string[] Digits = [.. "0123456789".Select(d => d.ToString())];
    private const string Special = @"\[](){}|?*+^$.";
    private int _at;

    /// <summary>True when the whole pattern has been read.</summary>
    public bool AtEnd => _at >= pattern.Length;

    /// <summary>The next character, not consumed ('\0' at the end).</summary>
    protected char Peek => AtEnd ? '\0' : pattern[_at];

    /// <summary>Consumes the next character.</summary>
    protected char Next() => AtEnd ? throw new NotSupportedException("pattern ends early") : pattern[_at++];

    /// <summary>Consumes <paramref name="c"/> when it comes next.</summary>
    protected bool Accept(char c)
    {
        if (AtEnd || pattern[_at] != c)
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
        while (!AtEnd && !Special.Contains(pattern[_at]))
        {
            _at++;
        }

        if (_at - start > 1 && Peek is '?' or '*' or '+' or '{')
        {
            _at--;
        }

        return _at > start ? pattern[start.._at] : null;
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

    /// <summary>After '\': the characters the escape stands for (one string each), the empty string for an anchor, null for a large class.</summary>
    protected HashSet<string>? ReadEscape(bool inClass)
    {
        var c = Next();
        return c switch
        {
            'd' => [.. Digits],
            'D' or 'w' or 'W' or 's' or 'S' => null,
            'p' or 'P' => SkipPast('}'),
            'b' when inClass => ["\b"],
            'b' or 'B' or 'G' or 'A' or 'z' or 'Z' => [""],
            'u' => [Hex(4)],
            'x' => [Hex(2)],
            'n' => ["\n"],
            't' => ["\t"],
            'r' => ["\r"],
            'f' => ["\f"],
            'v' => ["\v"],
            'e' => ["\u001B"],
            'a' => ["\a"],
            _ when char.IsLetterOrDigit(c) => throw new NotSupportedException($"escape \\{c}"),
            _ => [c.ToString()],
        };
    }

    /// <summary>After '[': the characters of the class (one string each), or null when it is negated or has more than <paramref name="max"/>.</summary>
    protected HashSet<string>? ReadClass(int max)
    {
        var known = !Accept('^');
        var chars = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        while (first || Peek != ']')
        {
            first = false;
            var set = ReadClassMember();
            if (set is { Count: 1 } && set.Single() is [var low] && Peek == '-' && PeekAt(1) is not (']' or '\0' or '['))
            {
                _at++;
                var high = ReadClassMember() is { Count: 1 } end && end.Single() is [var h] ? h : throw new NotSupportedException("range end");
                known &= high - low < max;
                set = known ? [.. Enumerable.Range(low, high - low + 1).Select(x => ((char)x).ToString())] : [];
            }

            known &= set is not null;
            chars.UnionWith(set ?? []);
        }

        Expect(']');
        return known && chars.Count <= max ? chars : null;
    }

    private HashSet<string>? ReadClassMember()
    {
        var c = Next();
        return c == '\\' ? ReadEscape(inClass: true)
            : c == '-' && Peek == '[' ? throw new NotSupportedException("class subtraction")
            : [c.ToString()];
    }

    private char PeekAt(int offset) => _at + offset < pattern.Length ? pattern[_at + offset] : '\0';

    private (int, int)? ReadBraces()
    {
        var close = pattern.IndexOf('}', _at);
        var parts = close < 0 ? [] : pattern[(_at + 1)..close].Split(',');
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

    private string Hex(int length)
    {
        var digits = pattern.Substring(_at, Math.Min(length, pattern.Length - _at));
        _at += digits.Length;
        return ((char)int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
    }

    private HashSet<string>? SkipPast(char end)
    {
        var at = pattern.IndexOf(end, _at);
        _at = at < 0 ? throw new NotSupportedException($"'{end}' expected") : at + 1;
        return null;
    }
}
