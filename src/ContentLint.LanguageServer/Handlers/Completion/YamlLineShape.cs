using System.Text.RegularExpressions;

namespace ContentLint.LanguageServer.Handlers.Completion;

/// <summary>What a YAML line's last node is, as far as the lines below it are concerned.</summary>
internal enum YamlValueKind
{
    /// <summary>Nothing after the key or dash (the value is on the lines below), or only a comment.</summary>
    Empty,

    /// <summary>A plain or quoted scalar that starts on this line and may go on below.</summary>
    Scalar,

    /// <summary>A <c>|</c> or <c>&gt;</c> header: the more indented lines below are its text.</summary>
    BlockScalar,

    /// <summary>A flow collection (<c>[</c> or <c>{</c>).</summary>
    Flow,
}

/// <summary>
/// One YAML line read for its block structure: its indentation, the key of its last mapping entry, and
/// the column that lines continuing its value must be indented past (the key's, else the last dash's).
/// </summary>
internal sealed partial record YamlLineShape(int Indent, string? Key, int ContinuationColumn, YamlValueKind Value)
{
    public static YamlLineShape Read(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        var column = indent;
        var dash = -1;
        while (column < line.Length && line[column] == '-' && (column + 1 == line.Length || line[column + 1] is ' ' or '\t'))
        {
            dash = column;
            column++;
            while (column < line.Length && line[column] is ' ' or '\t')
            {
                column++;
            }
        }

        var rest = line[column..];
        if (KeyPattern().Match(rest) is { Success: true } entry)
        {
            return new YamlLineShape(indent, entry.Groups["key"].Value, column, KindOf(rest[entry.Length..]));
        }

        return new YamlLineShape(indent, null, dash >= 0 ? dash : indent, KindOf(rest));
    }

    private static YamlValueKind KindOf(string value)
    {
        value = PropertiesPattern().Replace(value.Trim(), string.Empty);
        return value switch
        {
            "" => YamlValueKind.Empty,
            [ '#', .. ] => YamlValueKind.Empty,
            [ '|' or '>', .. ] => YamlValueKind.BlockScalar,
            [ '[' or '{', .. ] => YamlValueKind.Flow,
            _ => YamlValueKind.Scalar,
        };
    }

    /// <summary>A plain key and its colon (the colon followed by a blank or the end of the line).</summary>
    [GeneratedRegex(@"^(?<key>[^\s#'""\[\]{},:][^#]*?)[ \t]*:(?=[ \t]|$)")]
    private static partial Regex KeyPattern();

    /// <summary>Anchors and tags before a value (<c>&amp;intro</c>, <c>!!str</c>).</summary>
    [GeneratedRegex(@"^(?:[&!][^\s]*[ \t]+)+")]
    private static partial Regex PropertiesPattern();
}
