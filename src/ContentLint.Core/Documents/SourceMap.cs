using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// Maps offsets in a derived text (what a reader sees) back to offsets in the source file.
/// The derived text is covered by consecutive runs: a verbatim run copies source characters one
/// for one; a synthetic run stands for a whole source span (an escape, a folded line break, a
/// Markdown entity) and maps as one unit.
/// </summary>
public sealed class SourceMap
{
    private readonly MapRun[] _runs;

    internal SourceMap(MapRun[] runs, int textLength)
    {
        _runs = runs;
        TextLength = textLength;
    }

    /// <summary>Length of the derived text.</summary>
    public int TextLength { get; }

    /// <summary>The runs, in text order.</summary>
    public IReadOnlyList<MapRun> Runs => _runs;

    /// <summary>Source span covered by the derived span (widened to whole synthetic runs).</summary>
    public TextSpan MapSpan(TextSpan textSpan)
    {
        if (_runs.Length == 0)
        {
            return default;
        }

        var start = MapStart(textSpan.Start);
        if (textSpan.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        var end = MapEnd(textSpan.End);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>
    /// The source span that an edit of <paramref name="textSpan"/> must replace, or false when the
    /// edit would cut a synthetic run in part (e.g. half of an escape sequence).
    /// </summary>
    public bool TryMapEditSpan(TextSpan textSpan, out TextSpan sourceSpan)
    {
        sourceSpan = MapSpan(textSpan);
        if (_runs.Length == 0)
        {
            return false;
        }

        return !CutsSyntheticRun(textSpan.Start) && !CutsSyntheticRun(textSpan.End);
    }

    private bool CutsSyntheticRun(int textOffset)
    {
        if (textOffset <= 0 || textOffset >= TextLength)
        {
            return false;
        }

        var run = _runs[FindRun(textOffset)];
        return !run.IsVerbatim && textOffset != run.TextStart;
    }

    private int MapStart(int textOffset)
    {
        if (textOffset >= TextLength)
        {
            return _runs[^1].SourceEnd;
        }

        var run = _runs[FindRun(Math.Max(0, textOffset))];
        return run.IsVerbatim ? run.SourceStart + (textOffset - run.TextStart) : run.SourceStart;
    }

    private int MapEnd(int textEnd)
    {
        if (textEnd <= 0)
        {
            return _runs[0].SourceStart;
        }

        var last = Math.Min(textEnd, TextLength) - 1;
        var run = _runs[FindRun(last)];
        return run.IsVerbatim ? run.SourceStart + (last - run.TextStart) + 1 : run.SourceEnd;
    }

    private int FindRun(int textOffset)
    {
        int lo = 0, hi = _runs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_runs[mid].TextStart <= textOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}

/// <summary>One run of a <see cref="SourceMap"/>.</summary>
/// <param name="TextStart">Start in the derived text.</param>
/// <param name="TextLength">Length in the derived text.</param>
/// <param name="SourceStart">Start in the source.</param>
/// <param name="SourceLength">Length in the source.</param>
/// <param name="IsVerbatim">True when the derived characters are the source characters, one for one.</param>
public readonly record struct MapRun(int TextStart, int TextLength, int SourceStart, int SourceLength, bool IsVerbatim)
{
    /// <summary>End of the run in the source.</summary>
    public int SourceEnd => SourceStart + SourceLength;
}
