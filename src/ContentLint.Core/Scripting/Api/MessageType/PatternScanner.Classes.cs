using System.Globalization;

namespace ContentLint.Core.Scripting.Api.MessageType;

// Escapes and character classes.
internal abstract partial class PatternScanner
{
    private static readonly string[] Digits = [.. "0123456789".Select(d => d.ToString())];

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

    private string Hex(int length)
    {
        var digits = _pattern.Substring(_at, Math.Min(length, _pattern.Length - _at));
        _at += digits.Length;
        return ((char)int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString();
    }
}
