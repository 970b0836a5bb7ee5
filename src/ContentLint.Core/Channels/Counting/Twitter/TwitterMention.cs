namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>A mention or list twitter-text extracts.</summary>
/// <param name="Start">UTF-16 offset of the at sign.</param>
/// <param name="End">Exclusive end (after the list slug when there is one).</param>
/// <param name="ScreenNameEnd">Exclusive end of the screen name.</param>
public readonly record struct TwitterMention(int Start, int End, int ScreenNameEnd)
{
    /// <summary>True for <c>@user/list</c>.</summary>
    public bool IsList => ScreenNameEnd < End;
}
