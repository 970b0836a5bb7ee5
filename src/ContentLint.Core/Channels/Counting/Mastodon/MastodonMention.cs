namespace ContentLint.Core.Channels.Counting.Mastodon;

/// <summary>A mention as Mastodon's extractor finds it.</summary>
/// <param name="Start">UTF-16 offset of the <c>@</c>.</param>
/// <param name="End">Exclusive end of the mention (after the domain when remote).</param>
/// <param name="UsernameEnd">Exclusive end of the username (equal to <paramref name="End"/> for a local mention).</param>
public readonly record struct MastodonMention(int Start, int End, int UsernameEnd)
{
    /// <summary>True for <c>@user@domain</c>.</summary>
    public bool IsRemote => UsernameEnd < End;
}
