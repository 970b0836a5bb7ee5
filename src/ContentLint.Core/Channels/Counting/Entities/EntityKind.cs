namespace ContentLint.Core.Channels.Counting.Entities;

/// <summary>The kinds of entity the channel rules count.</summary>
public enum EntityKind
{
    /// <summary>A link (with protocol, or a bare domain where the channel links those).</summary>
    Url,

    /// <summary>A hashtag, hash sign included.</summary>
    Hashtag,

    /// <summary>A mention, <c>@user</c> or (Mastodon, fediverse) <c>@user@domain</c>.</summary>
    Mention,
}
