namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>
/// Remembers the last maximal run of domain-label characters, so that trying a URL at every position
/// of a long run of letters stays linear: every start inside a run ends where the run ends.
/// </summary>
internal struct RunCache
{
    private int _start;
    private int _end;

    /// <summary>End of the maximal run of <c>[D_-]</c> starting at <paramref name="start"/>.</summary>
    public int RunEnd(ReadOnlySpan<char> text, int start)
    {
        if (start > _start && start < _end)
        {
            return _end;
        }

        var end = start;
        while (end < text.Length && DomainMatcher.IsLabelChar(text[end]))
        {
            end++;
        }

        _start = start;
        _end = end;
        return end;
    }
}
