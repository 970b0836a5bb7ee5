namespace ContentLint.LanguageServer.Protocol;

/// <summary>One text of a post measured on one channel: what the counter in the editor shows.</summary>
/// <param name="Channel">The channel's name (<c>x</c>), aliases resolved.</param>
/// <param name="DisplayName">The channel's name as the platform spells it, in English (<c>LinkedIn</c>).</param>
/// <param name="DisplayNameFr">The same in French.</param>
/// <param name="Counting">How the channel counts, in plain words in the client's language (the counter's tooltip).</param>
internal sealed record PostStat(string Id, LspRange Range, string Channel, string DisplayName, string DisplayNameFr, int Count, int Limit, string Method, string Counting)
{
    /// <summary>1-based thread part, when the post is a thread.</summary>
    public int? Part { get; init; }

    /// <summary>True when the text comes from <c>variants:</c>.</summary>
    public bool? Variant { get; init; }

    /// <summary>UTF-8 bytes, when the channel also limits bytes.</summary>
    public int? Bytes { get; init; }

    public int? ByteLimit { get; init; }

    public bool OverLimit { get; init; }
}
