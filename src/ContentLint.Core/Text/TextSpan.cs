namespace ContentLint.Core.Text;

/// <summary>A range of UTF-16 code units: 0-based <see cref="Start"/>, exclusive <see cref="End"/>.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length) : IComparable<TextSpan>
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="offset"/> lies in [Start, End).</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one code unit, or an empty span sits strictly inside the other.</summary>
    public bool OverlapsWith(TextSpan other) =>
        Math.Max(Start, other.Start) < Math.Min(End, other.End)
        || (IsEmpty && other.Start < Start && Start < other.End)
        || (other.IsEmpty && Start < other.Start && other.Start < End);

    /// <summary>This span moved by <paramref name="delta"/> code units.</summary>
    public TextSpan Shift(int delta) => new(Start + delta, Length);

    /// <inheritdoc />
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
