namespace ContentLint.Core.Text;

/// <summary>A 0-based line and a 0-based character offset in UTF-16 code units within that line (LSP's convention).</summary>
/// <param name="Line">0-based line.</param>
/// <param name="Character">0-based UTF-16 code unit offset in the line.</param>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    /// <summary>1-based line, as the CLI and SARIF print it.</summary>
    public int OneBasedLine => Line + 1;

    /// <summary>1-based column in UTF-16 code units, as the CLI and SARIF print it.</summary>
    public int OneBasedColumn => Character + 1;

    /// <inheritdoc />
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    /// <inheritdoc />
    public override string ToString() => $"{OneBasedLine}:{OneBasedColumn}";
}

/// <summary>A range between two <see cref="LinePosition"/>s, end exclusive.</summary>
/// <param name="Start">First position.</param>
/// <param name="End">Position just past the range.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
